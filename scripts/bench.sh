#!/usr/bin/env bash
# Benchmarks that print numbers (never pass/fail): simulator speed, checker speed, frame times.
# Run with `make bench` (release build). Numbers vary with the machine and its load: compare within one run.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=.build/release/beatpaxos

echo "== simulate: random-adversary rounds per second (one core), 5 runs of 20000 rounds"
for run in 1 2 3 4 5; do
  "$bin" simulate --seed "$run" --rounds 20000 --player random --quiet | grep -o '"rounds_per_s":[0-9.]*'
done

echo "== simulate --protocol raft: the same engine playing Raft, 3 and 5 nodes, 3 runs of 20000 rounds each"
for nodes in 3 5; do
  for run in 1 2 3; do
    "$bin" simulate --protocol raft --nodes "$nodes" --seed "$run" --rounds 20000 --player random --quiet \
      | grep -o '"rounds_per_s":[0-9.]*' | sed "s/^/nodes=$nodes: /"
  done
done

echo "== simulate: peak memory (max RSS, kB) is flat in the number of rounds"
for rounds in 10000 1000000; do
  /usr/bin/time -v "$bin" simulate --seed 1 --rounds "$rounds" --player random --quiet 2>&1 >/dev/null \
    | sed -n "s/.*Maximum resident set size (kbytes): /rounds=$rounds: max RSS kB /p"
done

echo "== recordings: peak memory reading a 200 MB recording (streamed a line at a time)"
big=$(mktemp)
"$bin" simulate --seed 1 --rounds 38000 --player random --record "$big" --quiet >/dev/null
/usr/bin/time -v "$bin" simulate --player "$big" --rounds 38000 --quiet 2>&1 >/dev/null \
  | sed -n "s/.*Maximum resident set size (kbytes): /$(( $(stat -c %s "$big") >> 20 )) MB recording replayed: max RSS kB /p"
rm -f "$big"

echo "== fuzz: damaged recordings and scores files (30000 cases each, ten times the size in `swift test`; debug build)"
BEATPAXOS_FUZZ_CASES=30000 swift test --filter "RecordingFuzzTests|ScoreFuzzTests" 2>&1 | grep -E "^fuzz:|passed after|failed"

echo "== verify: the exhaustive checker on real Paxos, 3 nodes (targets: ballots up to 6 within 60 s and 2 GB)"
for bound in 2 3 4 5 6; do
  /usr/bin/time -f "%e %M" -o /tmp/beatpaxos-verify-time "$bin" verify --max-ballot "$bound" 2>/dev/null \
    | sed -n 2p | tr -d '\n' | sed "s/^/B=$bound: /"
  read -r wall rss < /tmp/beatpaxos-verify-time
  echo ", wall ${wall} s, peak memory $(( rss / 1024 )) MB"
done
echo "== verify: one worker against one per core, ballots up to 5 (the same states either way)"
for threads in 1 2; do
  "$bin" verify --max-ballot 5 --threads "$threads" 2>/dev/null | sed -n 2p | sed "s/^/threads=$threads: /"
done
echo "== verify: 5 nodes (target: ballots up to 7 within 10 minutes and 4 GB, else the largest bound that fits)"
for bound in 1 2; do
  /usr/bin/time -f "%e %M" -o /tmp/beatpaxos-verify-time "$bin" verify --nodes 5 --max-ballot "$bound" 2>/dev/null \
    | sed -n 2p | tr -d '\n' | sed "s/^/5 nodes B=$bound: /"
  read -r wall rss < /tmp/beatpaxos-verify-time
  echo ", wall ${wall} s, peak memory $(( rss / 1024 )) MB"
done
for variant in amnesia stubborn promise-breaker small-quorum; do
  # verify exits 1 when it finds the break it is meant to find here
  { "$bin" verify --variant "$variant" --max-ballot 6 2>/dev/null || true; } | sed -n 2p | sed "s/^/$variant B=6: /"
done

# Each bench line gives two distributions: "wall" is what a player waits (on a shared machine its tail is mostly
# other processes taking the core), "cpu" is the drawing thread's own CPU time, the frame's cost to the game.
echo "== bench: frame times offscreen (software renderer) at 1280x800"
"$bin" bench --size 1280x800
echo "== bench: the same with the space-time diagram in place of the lanes (budget: p99 under 2 ms)"
"$bin" bench --size 1280x800 --diagram

echo "== bench: frame times in lecture mode and at zoom 2 (1280x800 and 1920x1080; budget: p99 at most 2 ms)"
for size in 1280x800 1920x1080; do
  "$bin" bench --size "$size" --lecture | sed "s/^/lecture $size: /"
  "$bin" bench --size "$size" --scale 2 | sed "s/^/scale 2 $size: /"
done

echo "== time travel: rewinds in a 10-minute random-adversary game (target: under 50 ms), and diagram export"
"$bin" bench --rewind
svg=$(mktemp --suffix=.svg)
"$bin" diagram --seed 1 --player random --round 2 --out "$svg"
rm -f "$svg"
echo "== play: memory growth over window resizes (accelerated renderer, Xvfb)"
./scripts/measure-resize.sh 40

echo "== play: average CPU and memory of the window over 60 s under Xvfb"
./scripts/measure-play.sh 60
