#!/usr/bin/env bash
# End-to-end checks of `beatpaxos diagram`: the SVG is valid XML, draws each message of a random-adversary
# recording exactly once with the recording's attributes, renders, and bad input gets one line and exit 2.
set -uo pipefail
cd "$(dirname "$0")/.."
bin=${BEATPAXOS:-.build/debug/beatpaxos}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
. scripts/checks.sh

"$bin" simulate --seed 11 --rounds 4 --player random --record "$work/game.jsonl" >/dev/null
"$bin" diagram --player "$work/game.jsonl" --round 2 --out "$work/round2.svg" >"$work/out.txt"
check "diagram writes the round and says how long it took" grep -q "written to $work/round2.svg in [0-9.]* ms" "$work/out.txt"
cat "$work/out.txt"
check "one message element per message sent in round 2, as recorded" \
  python3 scripts/check-diagram.py "$work/round2.svg" "$work/game.jsonl" --round 2
"$bin" diagram --player "$work/game.jsonl" --from 30 --to 70 --out "$work/stretch.svg" >/dev/null
check "the same for a stretch from 30 s to 70 s" \
  python3 scripts/check-diagram.py "$work/stretch.svg" "$work/game.jsonl" --from 30 --to 70
"$bin" diagram --seed 5 --nodes 5 --player random --round 1 --out "$work/five.svg" >/dev/null
check "five nodes draw as well-formed XML" python3 -c "import xml.dom.minidom, sys; xml.dom.minidom.parse(sys.argv[1])" "$work/five.svg"
check "librsvg renders the diagram" rsvg-convert "$work/round2.svg" -o "$work/round2.png"

# Red down and Green held for good: no majority can work, so there never is a round 2.
printf '{"t":0,"ev":"game","seed":1,"nodes":3}\n{"t":1,"ev":"kill","node":"red"}\n{"t":1.2,"ev":"hold","node":"green"}\n' \
  > "$work/stuck.jsonl"
check "unknown round" one_line_error "there is no round 2" diagram --player "$work/stuck.jsonl" --round 2 --out "$work/x.svg"
check "--from after --to" one_line_error "must come before --to" diagram --from 20 --to 10 --out "$work/x.svg"
check "--from without --to" one_line_error "go together" diagram --from 20 --out "$work/x.svg"
check "round 0" one_line_error "round must be between" diagram --round 0 --out "$work/x.svg"
check "bad number" one_line_error "from" diagram --from soon --to 10 --out "$work/x.svg"
check "not an .svg" one_line_error ".svg" diagram --out "$work/x.png"
check "unwritable --out" one_line_error "cannot write" diagram --out "$work/no/such/dir/x.svg"
check "missing recording" one_line_error "no such file" diagram --player "$work/none.jsonl" --out "$work/x.svg"

finish_checks
