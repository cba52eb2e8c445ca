#!/usr/bin/env bash
# Measures the window's cost while a game runs: average CPU (% of one core) and PSS over a sample period.
# Starts Xvfb on a free display, launches `play --seed 1 --skip-intro --size 1280x800`, samples
# /proc/PID/stat (utime+stime) and /proc/PID/smaps_rollup (Pss), prints the averages, cleans up.
# Usage: scripts/measure-play.sh [SECONDS] [extra play options...]
#        (BEATPAXOS=path overrides the binary; default the release build, `make release`)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
bin=${BEATPAXOS:-.build/release/beatpaxos}
[ -x "$bin" ] || { echo "no binary at $bin: run make release"; exit 1; }
. scripts/xvfb.sh

start_xvfb 70 89

BEATPAXOS_TIMING=1 XDG_DATA_HOME="$work/data" "$bin" play --seed 1 --skip-intro --size 1280x800 "$@" \
  >"$work/out.log" 2>&1 &
game_pid=$!
sleep 3   # let the window open and the first round get going

ticks=$(getconf CLK_TCK)
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$game_pid/stat"; }
pss_kb() { awk '/^Pss:/ { print $2 }' "/proc/$game_pid/smaps_rollup"; }

start_ticks=$(cpu_ticks)
start_ns=$(date +%s%N)
pss_total=0
samples=0
for _ in $(seq 1 "$seconds"); do
  sleep 1
  kill -0 "$game_pid" 2>/dev/null || { echo "play exited early:"; cat "$work/out.log"; exit 1; }
  pss_total=$((pss_total + $(pss_kb)))
  samples=$((samples + 1))
done
end_ticks=$(cpu_ticks)
end_ns=$(date +%s%N)

grep -h "first frame" "$work/out.log" || true
awk -v t="$((end_ticks - start_ticks))" -v hz="$ticks" -v ns="$((end_ns - start_ns))" \
    -v pss="$pss_total" -v n="$samples" 'BEGIN {
  printf "play over %.0f s: CPU %.1f%% of one core, PSS %.1f MB (average of %d samples)\n",
         ns / 1e9, 100 * t / hz / (ns / 1e9), pss / n / 1024, n
}'
