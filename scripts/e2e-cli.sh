#!/usr/bin/env bash
# End-to-end checks of the headless command line: invariants over many rounds, exact replay, bad input.
set -uo pipefail
cd "$(dirname "$0")/.."
bin=${BEATPAXOS:-.build/debug/beatpaxos}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
. scripts/checks.sh

summary=$("$bin" simulate --seed 1 --rounds 1000 --player random | tail -n 1)
check "1000 random-adversary rounds keep every invariant" grep -q '"every_invariant_held":true' <<<"$summary"
check "the summary counts 1000 rounds" grep -q '"rounds":1000,' <<<"$summary"

"$bin" simulate --seed 7 --rounds 40 --player random --record "$work/a.jsonl" >/dev/null
"$bin" simulate --rounds 40 --player "$work/a.jsonl" --record "$work/b.jsonl" >/dev/null
check "a recording replays event for event" cmp -s "$work/a.jsonl" "$work/b.jsonl"
check "the recording holds player actions" grep -q '"ev":"kill"' "$work/a.jsonl"

# Raft through the same engine: every invariant held against the swarm, and a fault-free round decides.
for nodes in 3 5; do
  raft=$("$bin" simulate --protocol raft --seed 1 --rounds 1000 --player random --nodes "$nodes" --quiet)
  check "1000 random-adversary Raft rounds at $nodes nodes keep every invariant" \
    grep -q '"protocol":"raft".*"rounds":1000,.*"every_invariant_held":true' <<<"$raft"
done
calm=$("$bin" simulate --protocol raft --seed 1 --rounds 1 | head -n 1)
check "a fault-free Raft round decides with one term" grep -q '"decided":"[a-z]*",.*"ballots":1,' <<<"$calm"
"$bin" simulate --protocol raft --seed 7 --rounds 40 --player random --record "$work/r.jsonl" >/dev/null
"$bin" simulate --rounds 40 --player "$work/r.jsonl" --record "$work/s.jsonl" >/dev/null
check "a Raft recording replays event for event" cmp -s "$work/r.jsonl" "$work/s.jsonl"
check "the Raft recording's header says raft" grep -q '^{"t":0.000,"ev":"game","protocol":"raft"' "$work/r.jsonl"
check "the Raft recording carries Raft's messages" grep -q '"type":"rv","term":' "$work/r.jsonl"
check "a Raft recording replayed as Paxos" one_line_error "raft game" simulate --protocol paxos --player "$work/r.jsonl"
check "a Raft recording is drawn as Raft" "$bin" diagram --player "$work/r.jsonl" --out "$work/r.svg"
check "... with Raft's messages" grep -q 'data-type="ae"' "$work/r.svg"
check "a Raft recording drawn as Paxos is one line" one_line_error "raft game" diagram --protocol paxos --player "$work/r.jsonl" --out "$work/r2.svg"

broken=$("$bin" simulate --seed 1 --rounds 2000 --player random --variant small-quorum --quiet)
check "a broken variant is caught breaking an invariant" grep -q '"every_invariant_held":false' <<<"$broken"

check "unknown protocol" one_line_error "paxos" simulate --protocol zab
check "a size too small names the range" one_line_error "200x150 up to 8192x8192, not 10x10" screenshot --size 10x10 --out "$work/small.bmp"
check "a Paxos level asked of Raft" one_line_error "variant" simulate --protocol raft --variant stubborn
raft_broken=$("$bin" simulate --seed 2 --rounds 300 --player random --protocol raft --variant small-quorum --quiet)
check "a broken Raft level is caught breaking an invariant" grep -q '"protocol":"raft","variant":"small-quorum".*"every_invariant_held":false' <<<"$raft_broken"
check "a Raft level asked of Paxos" one_line_error "add --protocol raft" simulate --variant no-election-restriction
check "unknown flag" one_line_error "Unknown option" simulate --bogus
check "bad number" one_line_error "invalid" simulate --rounds many
check "zero rounds" one_line_error "rounds" simulate --rounds 0
check "bad node count" one_line_error "3 or 5" simulate --nodes 4
check "missing file" one_line_error "no such file" simulate --player "$work/none.jsonl"
check "a zoom out of range" one_line_error "scale" screenshot --scale 9 --out "$work/z.bmp"
check "a zoom that is not a number" one_line_error "scale" screenshot --scale nan --out "$work/z.bmp"
check "an unknown palette" one_line_error "colorblind" screenshot --palette pastel --out "$work/z.bmp"
check "too many decoy messages" one_line_error "messages" screenshot --messages 999 --out "$work/z.bmp"
printf '{"t":0,"ev":"game","seed":1,"nodes":3}\n{"t":1.5,"ev":"kill","node":"red"}\n{"t":2,"ev":"ho' > "$work/cut.jsonl"
check "truncated recording names its line" one_line_error "line 3" simulate --player "$work/cut.jsonl"
printf '{"t":1,"ev":"kill","node":"mauve"}\n' > "$work/mauve.jsonl"
check "unknown node names its line" one_line_error "line 1: unknown node" simulate --player "$work/mauve.jsonl"

# The checker: real Paxos holds (exit 0), a broken variant yields a trace the simulator follows (exit 1).
exit_code() { "$@" >/dev/null 2>&1; echo $?; }
check "verify proves Paxos to ballot 2" test "$(exit_code "$bin" verify --max-ballot 2)" -eq 0
"$bin" verify --variant stubborn --max-ballot 2 --out "$work/stubborn.jsonl" >"$work/verify.txt" 2>/dev/null
check "verify finds a stubborn break (exit 1)" test "$(exit_code "$bin" verify --variant stubborn --max-ballot 2)" -eq 1
check "the trace is numbered and ends with the break" grep -q "Broken: Agreement" "$work/verify.txt"
replayed=$("$bin" simulate --player "$work/stubborn.jsonl" | tail -n 1)
check "the simulator follows the trace to two decided values" grep -q '"decided_values":"red,green"' <<<"$replayed"
check "verify with a bad bound" one_line_error "max-ballot" verify --max-ballot 0
check "verify with a bad thread count" one_line_error "threads" verify --threads 0
one=$("$bin" verify --max-ballot 3 --threads 1 2>/dev/null | grep -E '^(states|progress|safety)' | sed 's/seconds: [0-9.]*, states\/s: [0-9]*//')
two=$("$bin" verify --max-ballot 3 --threads 2 2>/dev/null | grep -E '^(states|progress|safety)' | sed 's/seconds: [0-9.]*, states\/s: [0-9]*//')
check "verify finds the same states, moves and verdicts with one thread and two" test -n "$one" -a "$one" = "$two"

# The Raft explorer: real Raft holds (exit 0, its numbers printed); each broken level yields a shortest trace,
# written as a Raft schedule that the simulator follows to two committed values.
# (Terms up to 2 here: the default, 3, takes under a minute in a release build but several in a debug one.)
"$bin" verify --protocol raft --max-term 2 >"$work/raft-verify.txt" 2>/dev/null; rc=$?
check "verify --protocol raft finds no violation (exit 0)" test "$rc" -eq 0
check "verify --protocol raft prints states, transitions, seconds and states/s" \
  grep -qE '^states: [0-9]+, transitions: [0-9]+, depth: [0-9]+, seconds: [0-9.]+, states/s: [0-9]+$' "$work/raft-verify.txt"
check "verify --protocol raft says no violation" grep -q "^safety: no violation: every one of 7651 " "$work/raft-verify.txt"
"$bin" verify --protocol raft --max-states 50 >"$work/raft-default.txt" 2>/dev/null; rc=$?
check "verify --protocol raft with no bound checks terms up to 3 and says why" \
  grep -q "terms up to 3" "$work/raft-default.txt"
check "the default bound is named as such" grep -q "default bound, the largest that finishes within a minute" "$work/raft-default.txt"
check "a search cut short by --max-states is no proof, and says so" grep -q "not a proof" "$work/raft-default.txt"
for level in no-election-restriction amnesia small-quorum; do
  "$bin" verify --protocol raft --variant "$level" --out "$work/raft-$level.jsonl" >"$work/raft-$level.txt" 2>/dev/null; rc=$?
  check "verify --protocol raft --variant $level finds a break (exit 1)" test "$rc" -eq 1
  check "the $level trace ends with Agreement broken" grep -q "Broken: Agreement" "$work/raft-$level.txt"
  check "the $level counterexample is a Raft schedule" grep -q '^{"t":0.000,"ev":"game","protocol":"raft",.*"schedule":true}' "$work/raft-$level.jsonl"
  followed=$("$bin" simulate --replay "$work/raft-$level.jsonl" | tail -n 1)
  check "simulate --replay follows the $level trace to two committed values" \
    grep -q '"protocol":"raft",.*"every_invariant_held":false,"first_violation":.*"decided_values":"[a-z]*,[a-z]*"' <<<"$followed"
  followed=$("$bin" simulate --player "$work/raft-$level.jsonl" | tail -n 1)
  check "simulate --player follows the $level trace too" grep -q '"decided_values":"[a-z]*,[a-z]*"' <<<"$followed"
done
"$bin" simulate --replay "$work/raft-amnesia.jsonl" --record "$work/raft-cx-a.jsonl" >/dev/null
"$bin" simulate --replay "$work/raft-cx-a.jsonl" --record "$work/raft-cx-b.jsonl" >/dev/null
check "a recorded replay of a Raft counterexample replays event for event" cmp -s "$work/raft-cx-a.jsonl" "$work/raft-cx-b.jsonl"
check "that recording holds Raft schedule deliveries" grep -q '"ev":"schedule","step":"deliver",.*"type":"ae","term":' "$work/raft-cx-a.jsonl"
check "a Raft counterexample is not replayed as Paxos" one_line_error "raft game" simulate --protocol paxos --replay "$work/raft-amnesia.jsonl"
check "verify --protocol raft with a Paxos level" one_line_error "not a Raft level (Raft levels:" verify --protocol raft --variant stubborn
check "verify with a Raft level on Paxos" one_line_error "is a Raft level: add --protocol raft" verify --variant no-election-restriction
same_error() { [ "$("$bin" simulate "$@" 2>&1 >/dev/null)" = "$("$bin" verify "$@" 2>&1 >/dev/null)" ]; }
check "simulate and verify word a Paxos level asked of Raft alike" same_error --protocol raft --variant stubborn
check "simulate and verify word a Raft level asked of Paxos alike" same_error --variant no-election-restriction
check "verify --protocol raft --max-term 0" one_line_error "max-term must be between" verify --protocol raft --max-term 0
check "verify --protocol raft --max-term -2" one_line_error "max-term must be between" verify --protocol raft --max-term -2
check "verify --max-term on Paxos" one_line_error "max-term is for --protocol raft" verify --max-term 3
check "verify --protocol raft --max-ballot" one_line_error "Raft takes --max-term" verify --protocol raft --max-ballot 3
check "verify --protocol raft --threads" one_line_error "threads is for --protocol paxos" verify --protocol raft --threads 2
check "verify --protocol zab" one_line_error "zab" verify --protocol zab
check "simulate with --replay and --player" one_line_error "give one" simulate --replay "$work/a.jsonl" --player random

finish_checks
