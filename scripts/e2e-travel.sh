#!/usr/bin/env bash
# End-to-end checks of time travel in the real window under Xvfb, with real key and mouse events (xdotool):
# pause, step back three events and forward two (the stdout lines' times go back, then forward), scrub with a
# mouse drag on the timeline bar, crash a node in the past (a new branch), let it run, quit, and replay the
# recording with `simulate --player`: it must reach the same game. Also D, Shift+D and E (the diagram view and
# its export) while the game runs.
# Usage: scripts/e2e-travel.sh   (after `swift build`; BEATPAXOS=path overrides the binary)
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${BEATPAXOS:-.build/debug/beatpaxos}
. scripts/xvfb.sh
. scripts/checks.sh

wait_for() {
  local pattern=$1 file=$2
  for _ in $(seq 1 40); do grep -q -- "$pattern" "$file" && return 0; sleep 0.25; done
  echo "  no $pattern in $file"; return 1
}

# The times (in ms) of the time-travel lines matching a pattern, in order.
times_of() {
  grep -E "$1" "$2" | sed -E 's/.* to ([0-9]+)\.([0-9]) s.*/\1\2/' | sed 's/^0*\([0-9]\)/\1/'
}

key() { xdotool key --clearmodifiers "$@"; sleep 0.4; }

start_xvfb 100 109
mkdir -p "$work/pictures"
record="$work/travel.jsonl"
log="$work/travel.log"
XDG_DATA_HOME="$work/data" XDG_PICTURES_DIR="$work/pictures" \
  "$bin" play --seed 3 --skip-intro --size 1280x800 --speed 4 --record "$record" >"$log" 2>&1 &
game_pid=$!
window=$(timeout 20 xdotool search --sync --name BeatPaxos | head -1)
xdotool windowfocus --sync "$window" 2>/dev/null || true
sleep 6

key space
key Left
key Left
key Left
key Right
key Right
check "three steps back print three 'step back to' lines" test "$(grep -c 'step back to' "$log")" -eq 3
check "two steps forward print two 'step to' lines" test "$(grep -c 'beatpaxos: step to' "$log")" -eq 2
back=($(times_of 'step back to' "$log"))
fwd=($(times_of 'beatpaxos: step to' "$log"))
check "stepping back goes back in time, step by step" test "${back[0]}" -gt "${back[1]}" -a "${back[1]}" -gt "${back[2]}"
check "stepping forward goes forward again, to the moments stepped back from" \
  test "${fwd[0]}" -gt "${back[2]}" -a "${fwd[1]}" -gt "${fwd[0]}" -a "${fwd[0]}" -eq "${back[1]}" -a "${fwd[1]}" -eq "${back[0]}"

# The timeline bar at 1280x800: across the board's width (12 to 858), 40 px tall at the bottom (748 to 788).
xdotool mousemove 700 768 mousedown 1
sleep 0.2
xdotool mousemove 500 768
sleep 0.2
xdotool mousemove 300 768
sleep 0.2
xdotool mouseup 1
check "a drag on the timeline rewinds and says where to" wait_for 'rewind to .* s on the timeline' "$log"
check "dragging on the bar acts on no node" test "$(grep -c '"ev":"\(kill\|hold\)"' "$record")" -eq 0
import -window root "$work/scrubbed.png"

# Red's box at 1280x800 is around (147, 190): double-click it in the past.
xdotool mousemove 147 190 click --repeat 2 --delay 100 1
check "crashing Red in the past starts a new branch" wait_for 'new branch at .*Red crashes' "$log"

key d
import -window root "$work/diagram.png"
key shift+d
key e
check "E saves the round's diagram and the frame" wait_for 'saved .*\.svg and .*\.bmp' "$log"
check "the SVG is in the pictures folder" test "$(ls "$work/pictures"/*.svg | wc -l)" -eq 1
for _ in $(seq 1 20); do [ -s "$(ls "$work/pictures"/*.bmp 2>/dev/null | head -1)" ] && break; sleep 0.25; done
check "the frame image is in the pictures folder" test "$(identify -format '%w %h' "$work/pictures"/*.bmp)" = "1280 800"
key shift+d

key space
sleep 8
key ctrl+q
for _ in $(seq 1 40); do kill -0 "$game_pid" 2>/dev/null || break; sleep 0.25; done
check "Ctrl+Q quits the game" bash -c "! kill -0 $game_pid 2>/dev/null"
game_pid=""

check "the recording holds one crash of Red: the branch's" test "$(grep -c '"ev":"kill","node":"red"' "$record")" -eq 1
rounds=$(grep -c '"ev":"round_start"' "$record" || true)
"$bin" simulate --player "$record" --rounds "$rounds" --record "$work/replayed.jsonl" --quiet >/dev/null
same_game() {
  python3 - "$record" "$work/replayed.jsonl" <<'PY'
import json, sys
played = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
replayed = [json.loads(l) for l in open(sys.argv[2]) if l.strip()]
end = max(float(e["t"]) for e in played)
replayed = [e for e in replayed if float(e["t"]) <= end]
if played != replayed:
    for i, (a, b) in enumerate(zip(played, replayed)):
        if a != b:
            print(f"  line {i + 1} differs: {a} vs {b}")
            break
    print(f"  {len(played)} lines played, {len(replayed)} replayed up to {end} s")
    sys.exit(1)
print(f"  {len(played)} lines, up to {end} s, equal")
PY
}
check "simulate --player replays the recording to the same game, branch included" same_game

finish_checks
