#!/usr/bin/env bash
# End-to-end checks of `beatpaxos diagram`: the SVG is valid XML, draws each message of a random-adversary
# recording exactly once with the recording's attributes, renders, keeps marks' words apart from other words,
# draws arrows that stand out on white, and bad input gets one line and exit 2.
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

# Boxes estimated as the diagram measures them: 16 px type, 0.62 em a character, 20 px tall, text 6 px above
# the box's foot; a mark's words start 3 px into their box, a label is centred on its x.
words_apart='
import sys, xml.etree.ElementTree as ET
texts = [t for t in ET.parse(sys.argv[1]).getroot().iter("{http://www.w3.org/2000/svg}text")]
def box(t, pad, centred):
    w = len(t.text) * 16 * 0.62 + pad
    x, y = float(t.get("x")), float(t.get("y"))
    left = x - w / 2 if centred else x - 3
    return (left + 0.5, y - 14 + 0.5, left + w - 0.5, y + 6 - 0.5)
marks = [(t.text, box(t, 6, False)) for t in texts if t.get("class") == "mark"]
labels = [(t.text, box(t, 8, True)) for t in texts if t.get("class") == "message-label"]
meet = lambda a, b: a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]
bad = [(m, o) for i, (m, a) in enumerate(marks) for (o, b) in marks[i + 1:] + labels if meet(a, b)]
print("  %d marks, %d labels; %s" % (len(marks), len(labels), "apart" if not bad else "covered: %s" % bad[:3]))
sys.exit(1 if bad or not marks else 0)'
arrows_contrast='
import sys, xml.etree.ElementTree as ET
def lum(h):
    c = [int(h[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    c = [v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4 for v in c]
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2]
g = "{http://www.w3.org/2000/svg}"
strokes = {l.get("stroke") for m in ET.parse(sys.argv[1]).getroot().iter(g + "g") if m.get("class") == "message"
           for l in m.iter(g + "line")}
faint = sorted(s for s in strokes if 1.05 / (lum(s) + 0.05) < 3)
print("  %d arrow colours; %s" % (len(strokes), "all at 3:1 on white" if not faint else "faint: %s" % faint))
sys.exit(1 if faint or not strokes else 0)'
check "no mark's words cover another's or an arrow's label (Paxos, random adversary)" \
  python3 -c "$words_apart" "$work/round2.svg"
"$bin" diagram --protocol raft --seed 6 --nodes 5 --player random --round 2 --palette colorblind \
  --out "$work/raft-cb.svg" >/dev/null
check "the same for a crowded five-node Raft round" python3 -c "$words_apart" "$work/raft-cb.svg"
check "every arrow of the colour-blind palette reaches 3:1 on white" python3 -c "$arrows_contrast" "$work/raft-cb.svg"

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
