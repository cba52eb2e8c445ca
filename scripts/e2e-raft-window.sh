#!/usr/bin/env bash
# End-to-end checks of a Raft game in the window under Xvfb: `play --protocol raft` announces Raft, a double-click
# crashes a node and another recovers it, a long press holds one, the recording is a Raft game with Raft's messages,
# D shows the round's space-time diagram and E saves it, stepping back prints Raft's steps on stdout, `play --replay`
# of the recording plays the same actions again, P on the level chooser switches protocol in the same window, and S
# plays the checker's shortest break of a Raft level to its card; plus `screenshot` and `diagram` of Raft with no X at all, and bad input in one line.
# Usage: scripts/e2e-raft-window.sh   (after `swift build`; BEATPAXOS=path overrides the binary; KEEP_WORK=1 keeps
# the screenshots)
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${BEATPAXOS:-.build/debug/beatpaxos}
. scripts/xvfb.sh
. scripts/checks.sh

# Prints "X Y" of the centre of the biggest patch of an exact colour in the top half of a screenshot.
find_colour() {
  python3 - "$1" "$2" <<'PY'
import subprocess, sys
path, hexcolour = sys.argv[1], sys.argv[2]
w, h = map(int, subprocess.check_output(["identify", "-format", "%w %h", path]).split())
raw = subprocess.check_output(["convert", path, "-depth", "8", "rgb:-"])
target = bytes.fromhex(hexcolour)
xs, ys = [], []
for y in range(0, h * 45 // 100, 2):
    row = raw[y * w * 3:(y + 1) * w * 3]
    for x in range(0, w, 2):
        if row[x * 3:x * 3 + 3] == target:
            xs.append(x); ys.append(y)
if len(xs) < 200:
    sys.exit(1)
xs.sort(); ys.sort()
print(xs[len(xs) // 2], ys[len(ys) // 2])
PY
}

# Counts pixels of an exact colour in an image.
count_colour() {
  convert "$1" -depth 8 -format %c histogram:info:- | python3 -c "
import re, sys
want = '$2'.lower()
total = 0
for line in sys.stdin:
    m = re.match(r'\s*(\d+):.*#([0-9A-Fa-f]{6})', line)
    if m and m.group(2).lower() == want: total += int(m.group(1))
print(total)"
}

# has_colours IMAGE MIN HEX...: at least MIN pixels of each colour.
has_colours() {
  local image=$1 least=$2; shift 2
  for colour in "$@"; do
    [ "$(count_colour "$image" "$colour")" -gt "$least" ] || { echo "  too little #$colour in $image"; return 1; }
  done
}

# wait_for PATTERN FILE [SECONDS]: waits until the file has a line matching the pattern (15 s unless told).
wait_for() {
  local pattern=$1 file=$2 seconds=${3:-15}
  for _ in $(seq 1 $((seconds * 4))); do grep -q -- "$pattern" "$file" && return 0; sleep 0.25; done
  echo "  no $pattern in $file"; return 1
}

# The player's action lines of a recording (kill, recover, hold, release with their times).
actions_of() { grep -E '"ev":"(kill|recover|hold|release)"' "$1" || true; }

different_images() { ! cmp -s "$1" "$2"; }

# --- Without any display ---
env -u DISPLAY -u WAYLAND_DISPLAY "$bin" screenshot --protocol raft --seed 1 --at 21 --out "$work/raft-shot.bmp"
env -u DISPLAY -u WAYLAND_DISPLAY "$bin" screenshot --seed 1 --at 21 --out "$work/paxos-shot.bmp"
check "screenshot --protocol raft writes a 1280x800 image" test "$(identify -format '%w %h' "$work/raft-shot.bmp")" = "1280 800"
check "the Raft screenshot shows red, green and blue nodes" has_colours "$work/raft-shot.bmp" 2000 e74c3c 2ecc71 3498db
check "the Raft screenshot shows a leader's gold crown" has_colours "$work/raft-shot.bmp" 300 ffc93c
check "the Raft screenshot is not the Paxos one" different_images "$work/raft-shot.bmp" "$work/paxos-shot.bmp"
check "an unknown --protocol is one line" one_line_error "protocol" play --protocol zab
check "a Paxos level asked of Raft in the window is one line" one_line_error "variant" play --protocol raft --variant stubborn
env -u DISPLAY -u WAYLAND_DISPLAY "$bin" screenshot --protocol raft --seed 1 --at 21 --diagram --out "$work/raft-diagram.bmp"
check "screenshot --protocol raft --diagram draws the diagram in place of the lanes" \
  different_images "$work/raft-shot.bmp" "$work/raft-diagram.bmp"
"$bin" diagram --protocol raft --seed 1 --out "$work/raft-round.svg" >/dev/null
check "diagram --protocol raft draws Raft's vote requests, entries and commits" \
  grep -q 'data-type="rv".*\|data-type="ae"' "$work/raft-round.svg"
check "... every kind of them" test "$(grep -o 'data-type="[a-z]*"' "$work/raft-round.svg" | sort -u | wc -l)" -eq 5
check "... coloured by the term's owner, in Raft's words" grep -q "term owner" "$work/raft-round.svg"
"$bin" simulate --seed 2 --rounds 1 --player random --record "$work/paxos.jsonl" --quiet >/dev/null
"$bin" simulate --protocol raft --seed 2 --rounds 1 --player random --record "$work/headless-raft.jsonl" --quiet >/dev/null
"$bin" diagram --player "$work/headless-raft.jsonl" --out "$work/replayed-round.svg" >/dev/null
check "diagram --player of a Raft recording draws it as Raft" grep -q 'data-type="rv"' "$work/replayed-round.svg"
check "a Paxos recording asked to play as Raft is one line" one_line_error "paxos game" \
  play --protocol raft --replay "$work/paxos.jsonl"
check "screenshot --player of a Raft recording draws it as Raft (its header decides, no --protocol needed)" \
  env -u DISPLAY -u WAYLAND_DISPLAY "$bin" screenshot --player "$work/headless-raft.jsonl" --at 40 --out "$work/replayed-shot.bmp"
check "... showing the three nodes" has_colours "$work/replayed-shot.bmp" 2000 e74c3c 2ecc71 3498db

# --- In a window under Xvfb ---
start_xvfb 100 109

record="$work/raft.jsonl"
XDG_PICTURES_DIR="$work" XDG_DATA_HOME="$work/data" "$bin" play --protocol raft --seed 3 --skip-intro --size 1280x800 --speed 2 --record "$record" \
  >"$work/play.log" 2>&1 &
game_pid=$!
timeout 20 xdotool search --sync --name BeatPaxos >/dev/null
sleep 1
import -window root "$work/window.png"
check "play --protocol raft says it plays Raft" wait_for 'level Raft (raft), 3 nodes, seed 3' "$work/play.log"
check "the recording is a Raft game" wait_for '"ev":"game","protocol":"raft"' "$record"
check "the window shows red, green and blue nodes" has_colours "$work/window.png" 2000 e74c3c 2ecc71 3498db

read -r red_x red_y < <(find_colour "$work/window.png" e74c3c)
read -r blue_x blue_y < <(find_colour "$work/window.png" 3498db)
xdotool mousemove "$red_x" "$red_y" click --repeat 2 --delay 100 1
check "double-clicking Red crashes it" wait_for '"ev":"kill","node":"red"' "$record"
sleep 0.8
xdotool mousemove "$red_x" "$red_y" click --repeat 2 --delay 100 1
check "double-clicking Red again recovers it" wait_for '"ev":"recover","node":"red"' "$record"
sleep 0.8
xdotool mousemove "$blue_x" "$blue_y" mousedown 1
sleep 2
import -window root "$work/held.png"
xdotool mouseup 1
check "pressing Blue holds it" wait_for '"ev":"hold","node":"blue"' "$record"
check "letting go releases Blue" wait_for '"ev":"release","node":"blue"' "$record"
check "a double-click is not also a hold" test "$(grep -c '"ev":"hold"' "$record")" -eq 1
check "the held box wears the held orange" has_colours "$work/held.png" 500 ff9f1c
# Raft's own messages fly: a vote request, and (once a leader is elected) its entry.
check "the nodes send Raft's vote requests" wait_for '"ev":"send".*"type":"rv"' "$record"
xdotool mousemove 5 5
# D shows the diagram, E saves it, S on real Raft says there is nothing to show: the game goes on.
import -window root "$work/before-diagram.png"
xdotool key d; sleep 0.5
import -window root "$work/diagram.png"
check "D shows the Raft round's diagram in place of the lanes" different_images "$work/before-diagram.png" "$work/diagram.png"
for key in e s d; do xdotool key "$key"; sleep 0.3; done
check "E saves the Raft round's diagram as SVG" wait_for 'saved .*beatraft-seed3-round' "$work/play.log"
check "D, E and S leave the Raft game running" kill -0 "$game_pid"
check "a leader is elected in a term" wait_for '"ev":"crown_gained"' "$record" 45
sleep 1.5
import -window root "$work/after.png"
check "after all that the three colours are still on screen" has_colours "$work/after.png" 2000 e74c3c 2ecc71 3498db
check "a leader's crown is on screen" has_colours "$work/after.png" 300 ffc93c
# Stepping back prints each step on stdout, in Raft's words.
xdotool key Left; sleep 0.6; xdotool key Left; sleep 0.6
check "stepping back says where it went on stdout" wait_for 'beatpaxos: step back to ' "$work/play.log"
check "the step lines speak Raft, not Paxos" \
  test -z "$(grep 'step back to' "$work/play.log" | grep -E 'p1a|p1b|p2a|p2b|p3\(|ballot|promise')"
check "the game is still running" kill -0 "$game_pid"
kill "$game_pid" 2>/dev/null || true
wait "$game_pid" 2>/dev/null || true
game_pid=""

# --- Replaying the recording: the same actions at the same times ---
last_ms=$(python3 - "$record" <<'PY'
import json, sys
times = [json.loads(line)["t"] for line in open(sys.argv[1])
         if line.strip() and json.loads(line).get("ev") in ("kill", "recover", "hold", "release")]
print(int(float(max(times)) * 1000))
PY
)
speed=5
XDG_DATA_HOME="$work/data" "$bin" play --protocol raft --replay "$record" --record "$work/replayed.jsonl" --size 1280x800 \
  --speed "$speed" >"$work/replay.log" 2>&1 &
game_pid=$!
timeout 20 xdotool search --sync --name BeatPaxos >/dev/null
sleep "$(python3 -c "print(($last_ms + 3000) / 1000 / $speed + 1)")"
import -window root "$work/replay.png"
check "the replay is a Raft game" grep -q '"ev":"game","protocol":"raft"' "$work/replayed.jsonl"
check "the replay performs the recording's actions at their times" \
  test "$(actions_of "$record")" = "$(actions_of "$work/replayed.jsonl")"
check "the replay shows the three nodes" has_colours "$work/replay.png" 2000 e74c3c 2ecc71 3498db
check "the replay is still running" kill -0 "$game_pid"
kill "$game_pid" 2>/dev/null || true
wait "$game_pid" 2>/dev/null || true
game_pid=""
check "a Raft recording replayed as Paxos is one line" one_line_error "raft game" play --protocol paxos --replay "$record"

# --- P on the level chooser: the other protocol, in the same window ---
XDG_DATA_HOME="$work/data" "$bin" play --size 1280x800 --lecture >"$work/switch.log" 2>&1 &
game_pid=$!
timeout 20 xdotool search --sync --name BeatPaxos >/dev/null
sleep 1
xdotool key p
check "P on the welcome card opens Raft's level chooser in the same window" \
  wait_for 'level Raft (raft), 3 nodes, seed 1' "$work/switch.log"
sleep 0.5
import -window root "$work/switched.png"
check "... with the level chooser's card up" has_colours "$work/switched.png" 500 242c38
xdotool key p
sleep 1
check "P again goes back to Paxos" test "$(grep -c 'level Paxos (paxos)' "$work/switch.log")" -eq 2
check "the window is still open after switching twice" kill -0 "$game_pid"
kill "$game_pid" 2>/dev/null || true
wait "$game_pid" 2>/dev/null || true
game_pid=""

# --- Show me on a Raft level: the checker's shortest break, played to its card ---
XDG_DATA_HOME="$work/data" "$bin" play --protocol raft --variant small-quorum --skip-intro --size 1280x800 --speed 5 \
  >"$work/showme.log" 2>&1 &
game_pid=$!
timeout 20 xdotool search --sync --name BeatPaxos >/dev/null
sleep 1
xdotool key s
check "S on a Raft level plays the checker's break to two committed values" \
  wait_for 'The checker broke it! small-quorum: .* committed' "$work/showme.log" 30
kill "$game_pid" 2>/dev/null || true
wait "$game_pid" 2>/dev/null || true
game_pid=""

# --- A Raft level in the window, and the checker's break of one replayed to its card ---
XDG_DATA_HOME="$work/data" "$bin" play --protocol raft --variant amnesia --skip-intro --size 1280x800 >"$work/level.log" 2>&1 &
game_pid=$!
timeout 20 xdotool search --sync --name BeatPaxos >/dev/null
check "play --protocol raft --variant amnesia plays that level" wait_for 'level Amnesia' "$work/level.log"
kill "$game_pid" 2>/dev/null || true
wait "$game_pid" 2>/dev/null || true
game_pid=""
check "a Paxos-only level name with Raft is one line" one_line_error "not a Raft level" play --protocol raft --variant stubborn
# verify exits non-zero when it finds a break, which is what this level must give.
"$bin" verify --protocol raft --variant amnesia --out "$work/raft-break.jsonl" >/dev/null 2>&1 || true
last_ms=$(python3 - "$work/raft-break.jsonl" <<'PY'
import json, sys
times = [json.loads(line).get("t", 0) for line in open(sys.argv[1]) if line.strip()]
print(int(float(max(times)) * 1000))
PY
)
XDG_DATA_HOME="$work/data" "$bin" play --replay "$work/raft-break.jsonl" --skip-intro --size 1280x800 --speed "$speed" \
  >"$work/raft-break.log" 2>&1 &
game_pid=$!
timeout 20 xdotool search --sync --name BeatPaxos >/dev/null
sleep "$(python3 -c "print(($last_ms + 12000) / 1000 / $speed)")"
import -window root "$work/raft-break.png"
check "play --replay of verify's Raft amnesia break ends in two committed values" \
  wait_for 'The checker broke it! amnesia: red and green committed' "$work/raft-break.log"
# The card's fill (#242c38) shows only under a card; its title and border are green.
check "the replay shows the broke-it card" has_colours "$work/raft-break.png" 500 242c38 2ecc71
kill "$game_pid" 2>/dev/null || true
wait "$game_pid" 2>/dev/null || true
game_pid=""

finish_checks
