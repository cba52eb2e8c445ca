#!/usr/bin/env bash
# End-to-end checks of the keyboard under Xvfb with real key events: a game played with keys only (Tab, Enter,
# holding K) records the same player events as the same game played with the mouse; Esc on the welcome card
# does not quit (Ctrl+Q does); in lecture mode a decided round waits at its end until N.
# Usage: scripts/e2e-keyboard.sh   (after `swift build`; BEATPAXOS=path overrides the binary)
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${BEATPAXOS:-.build/debug/beatpaxos}
. scripts/xvfb.sh
. scripts/checks.sh

wait_for() {
  local pattern=$1 file=$2
  for _ in $(seq 1 60); do grep -q "$pattern" "$file" && return 0; sleep 0.25; done
  echo "  no $pattern in $file"; return 1
}

# The player's events in a recording, one "verb node" a line.
player_events() {
  python3 - "$1" <<'PY'
import json, sys
for line in open(sys.argv[1]):
    event = json.loads(line)
    if event.get("ev") in ("kill", "recover", "hold", "release"):
        print(event["ev"], event.get("node"))
PY
}

# open_game LOG ARGS...: starts the game, waits for its window and gives it the keyboard.
open_game() {
  local log=$1; shift
  XDG_DATA_HOME="$work/data" "$bin" play --size 1280x800 "$@" >"$log" 2>&1 &
  game_pid=$!
  window=$(timeout 20 xdotool search --sync --name BeatPaxos | head -1)
  sleep 1
  xdotool windowfocus "$window" 2>/dev/null || true
  sleep 0.3
}

close_game() {
  kill "$game_pid" 2>/dev/null || true
  wait "$game_pid" 2>/dev/null || true
  game_pid=""
}

start_xvfb 70 79

# --- The mouse: double-click Red twice, then press and hold Green ---
open_game "$work/mouse.log" --seed 3 --skip-intro --record "$work/mouse.jsonl"
# Inside the boxes of Red and Green: three nodes at 1280x800 (see BoardLayout).
red_x=150; green_x=430; box_y=200
xdotool mousemove "$red_x" "$box_y" click --repeat 2 --delay 100 1
wait_for '"ev":"kill","node":"red"' "$work/mouse.jsonl"
sleep 0.8
xdotool mousemove "$red_x" "$box_y" click --repeat 2 --delay 100 1
wait_for '"ev":"recover","node":"red"' "$work/mouse.jsonl"
sleep 0.8
xdotool mousemove "$green_x" "$box_y" mousedown 1
sleep 2
xdotool mouseup 1
wait_for '"ev":"release","node":"green"' "$work/mouse.jsonl" || true
close_game

# --- The keyboard: Tab selects Red, Enter crashes it, Enter recovers it, Tab selects Green, K held holds it ---
open_game "$work/keys.log" --seed 3 --skip-intro --record "$work/keys.jsonl"
xdotool key Tab Return
wait_for '"ev":"kill","node":"red"' "$work/keys.jsonl"
sleep 0.8
xdotool key Return
wait_for '"ev":"recover","node":"red"' "$work/keys.jsonl"
sleep 0.8
xdotool key Tab keydown k
sleep 2
xdotool keyup k
wait_for '"ev":"release","node":"green"' "$work/keys.jsonl" || true
import -window root "$work/keys.png"
close_game

player_events "$work/mouse.jsonl" >"$work/mouse.events"
player_events "$work/keys.jsonl" >"$work/keys.events"
check "the mouse game's player events are kill, recover, hold and release" \
  test "$(tr '\n' ' ' <"$work/mouse.events")" = "kill red recover red hold green release green "
check "the keyboard-only game records the same player events as the mouse game" cmp -s "$work/mouse.events" "$work/keys.events"

# --- Esc on the welcome card does not quit; Ctrl+Q does ---
open_game "$work/welcome.log" --seed 3
xdotool key Escape
sleep 1
check "Esc on the welcome card leaves the game running" kill -0 "$game_pid"
xdotool key ctrl+q
quit=1
for _ in $(seq 1 20); do kill -0 "$game_pid" 2>/dev/null || { quit=0; break; }; sleep 0.25; done
check "Ctrl+Q quits" test "$quit" -eq 0
close_game

# --- Lecture mode: the decided round waits for N ---
open_game "$work/lecture.log" --seed 3 --skip-intro --lecture --speed 5 --record "$work/lecture.jsonl"
check "a round is decided in lecture mode" wait_for '"ev":"decide"' "$work/lecture.jsonl"
# The usual end comes 3 s of game time after every live node learned: at speed 5, well inside 4 s.
sleep 4
check "the decided round has not ended on its own" test "$(grep -c '"ev":"round_end"' "$work/lecture.jsonl")" -eq 0
check "the game still runs while the round waits" kill -0 "$game_pid"
xdotool key n
check "N ends the round" wait_for '"ev":"round_end"' "$work/lecture.jsonl"
close_game

finish_checks
