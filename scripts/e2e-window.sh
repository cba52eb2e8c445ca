#!/usr/bin/env bash
# End-to-end checks of the window under Xvfb: double-click kills and recovers, a long press holds (also in
# lecture mode's two rows of five nodes),
# the three node colours are on screen, a level given on the command line is announced, and a replay of
# `verify --out` ends with the "The checker broke it!" card; plus screenshot, no-display and bad-font checks with no X at all.
# Usage: scripts/e2e-window.sh   (after `swift build`; BEATPAXOS=path overrides the binary)
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${BEATPAXOS:-.build/debug/beatpaxos}
. scripts/xvfb.sh
. scripts/checks.sh

# Prints "X Y" of the centre of the biggest patch of an exact colour in the top half of a screenshot (or down
# to the given percentage of its height).
find_colour() {
  python3 - "$1" "$2" "${3:-45}" <<'PY'
import subprocess, sys
path, hexcolour, reach = sys.argv[1], sys.argv[2], int(sys.argv[3])
w, h = map(int, subprocess.check_output(["identify", "-format", "%w %h", path]).split())
raw = subprocess.check_output(["convert", path, "-depth", "8", "rgb:-"])
target = bytes.fromhex(hexcolour)
xs, ys = [], []
for y in range(0, h * reach // 100, 2):
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

has_colours() {
  local image=$1; shift
  for colour in "$@"; do
    [ "$(count_colour "$image" "$colour")" -gt 2000 ] || { echo "  too little #$colour in $image"; return 1; }
  done
}

wait_for() {
  local pattern=$1 file=$2
  for _ in $(seq 1 40); do grep -q "$pattern" "$file" && return 0; sleep 0.25; done
  echo "  no $pattern in $file"; return 1
}

# --- Without any display ---
env -u DISPLAY -u WAYLAND_DISPLAY "$bin" screenshot --seed 1 --at 20 --out "$work/shot.bmp"
check "screenshot writes a 1280x800 image" test "$(identify -format '%w %h' "$work/shot.bmp")" = "1280 800"
check "the screenshot shows red, green and blue nodes" has_colours "$work/shot.bmp" e74c3c 2ecc71 3498db
set +e
err=$(env -u DISPLAY -u WAYLAND_DISPLAY -u SDL_VIDEODRIVER "$bin" play --seed 3 2>&1); rc=$?
ferr=$(env -u DISPLAY "$bin" screenshot --seed 1 --out "$work/f.bmp" --font /nonexistent 2>&1); frc=$?
set -e
check "play without a display fails in one line naming simulate" \
  test "$rc" -ne 0 -a "$(printf '%s\n' "$err" | wc -l)" -eq 1 -a -n "$(grep simulate <<<"$err")"
check "a missing font is one line and exit 2" \
  test "$frc" -eq 2 -a "$(printf '%s\n' "$ferr" | wc -l)" -eq 1 -a -n "$(grep -- --font <<<"$ferr")"

# --- In a window under Xvfb ---
start_xvfb 90 99

record="$work/play.jsonl"
XDG_DATA_HOME="$work/data" "$bin" play --seed 3 --skip-intro --size 1280x800 --record "$record" >"$work/play.log" 2>&1 &
game_pid=$!
timeout 20 xdotool search --sync --name BeatPaxos >/dev/null
sleep 1
import -window root "$work/window.png"
check "the window shows red, green and blue nodes" has_colours "$work/window.png" e74c3c 2ecc71 3498db

read -r red_x red_y < <(find_colour "$work/window.png" e74c3c)
read -r green_x green_y < <(find_colour "$work/window.png" 2ecc71)
xdotool mousemove "$red_x" "$red_y" click --repeat 2 --delay 100 1
check "double-clicking Red kills it" wait_for '"ev":"kill","node":"red"' "$record"
sleep 0.8
xdotool mousemove "$red_x" "$red_y" click --repeat 2 --delay 100 1
check "double-clicking Red again recovers it" wait_for '"ev":"recover","node":"red"' "$record"
sleep 0.8
xdotool mousemove "$green_x" "$green_y" mousedown 1
sleep 2
xdotool mouseup 1
check "pressing Green holds it" wait_for '"ev":"hold","node":"green"' "$record"
check "letting go releases Green" wait_for '"ev":"release","node":"green"' "$record"
check "a double-click is not also a hold" test "$(grep -c '"ev":"hold"' "$record")" -eq 1
import -window root "$work/after.png"
check "after all that the three colours are still on screen" has_colours "$work/after.png" e74c3c 2ecc71 3498db
check "the game is still running" kill -0 "$game_pid"
kill "$game_pid" 2>/dev/null || true
wait "$game_pid" 2>/dev/null || true
game_pid=""

# --- Five nodes in lecture mode stand in two rows: the lower row's boxes take clicks like the upper row's ---
record5="$work/five.jsonl"
XDG_DATA_HOME="$work/data" "$bin" play --seed 3 --skip-intro --nodes 5 --lecture --size 1280x800 --record "$record5" \
  >"$work/five.log" 2>&1 &
game_pid=$!
timeout 20 xdotool search --sync --name BeatPaxos >/dev/null
sleep 1
import -window root "$work/five.png"
read -r yellow_x yellow_y < <(find_colour "$work/five.png" f1c40f 100)
read -r blue_x blue_y < <(find_colour "$work/five.png" 3498db)
check "in lecture mode Yellow's box stands below Blue's" test "$yellow_y" -gt $((blue_y + 150))
xdotool mousemove "$yellow_x" "$yellow_y" click --repeat 2 --delay 100 1
check "double-clicking Yellow in the lower row kills it" wait_for '"ev":"kill","node":"yellow"' "$record5"
sleep 0.8
xdotool mousemove "$blue_x" "$blue_y" mousedown 1
sleep 2
xdotool mouseup 1
check "pressing Blue in the upper row holds it" wait_for '"ev":"hold","node":"blue"' "$record5"
check "the five-node lecture game is still running" kill -0 "$game_pid"
kill "$game_pid" 2>/dev/null || true
wait "$game_pid" 2>/dev/null || true
game_pid=""

# --- Levels and the checker in the window; a damaged scores file is kept aside ---
mkdir -p "$work/damaged/beatpaxos"
printf '{"best": {"paxos": 3' > "$work/damaged/beatpaxos/scores.json"
XDG_DATA_HOME="$work/damaged" "$bin" play --variant stubborn --skip-intro --size 1280x800 >"$work/stubborn.log" 2>&1 &
game_pid=$!
timeout 20 xdotool search --sync --name BeatPaxos >/dev/null
sleep 1
import -window root "$work/stubborn.png"
check "play --variant stubborn says its level" wait_for 'level Stubborn leader' "$work/stubborn.log"
check "a damaged scores file is moved aside, unchanged" \
  grep -qx '{"best": {"paxos": 3' "$work/damaged/beatpaxos/scores.json.corrupt-1"
check "the game goes on after a damaged scores file" kill -0 "$game_pid"
kill "$game_pid" 2>/dev/null || true
wait "$game_pid" 2>/dev/null || true
game_pid=""

# verify exits non-zero when it finds a break, which is what this level must give.
"$bin" verify --variant small-quorum --max-ballot 2 --out "$work/break.jsonl" >/dev/null 2>&1 || true
last_ms=$(python3 - "$work/break.jsonl" <<'PY'
import json, sys
times = [json.loads(line).get("t", 0) for line in open(sys.argv[1]) if line.strip()]
print(int(float(max(times)) * 1000))
PY
)
speed=5
XDG_DATA_HOME="$work/data" "$bin" play --replay "$work/break.jsonl" --skip-intro --size 1280x800 --speed "$speed" \
  >"$work/replay.log" 2>&1 &
game_pid=$!
timeout 20 xdotool search --sync --name BeatPaxos >/dev/null
sleep "$(python3 -c "print(($last_ms + 10000) / 1000 / $speed)")"
import -window root "$work/replay.png"
check "play --replay of verify's small-quorum break ends in two decided values" wait_for 'The checker broke it! small-quorum: red and green' "$work/replay.log"
# The card's fill (#242c38) shows only under a card; its title and border are green.
check "the replay shows the broke-it card" has_colours "$work/replay.png" 242c38 2ecc71

finish_checks
