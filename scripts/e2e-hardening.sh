#!/usr/bin/env bash
# End-to-end checks that no file, number or signal crashes the game and no saved score is lost: each bad
# input answers with one line and exit 2 (or a message in the window) and never a backtrace.
# Usage: scripts/e2e-hardening.sh   (after `swift build`; BEATPAXOS=path overrides the binary)
set -uo pipefail
cd "$(dirname "$0")/.."
bin=${BEATPAXOS:-.build/debug/beatpaxos}
. scripts/xvfb.sh
. scripts/checks.sh
# Recordings and fonts given to play are checked before any display is needed.
nodisplay=(env -u DISPLAY -u WAYLAND_DISPLAY -u SDL_VIDEODRIVER)



# in_all_three EXPECT FILE: the recording is refused alike by simulate, screenshot and play.
in_all_three() {
  one_line_error_of "$1" "$bin" simulate --player "$2" \
    && one_line_error_of "$1" "$bin" screenshot --player "$2" --out "$work/x.bmp" \
    && one_line_error_of "$1" "${nodisplay[@]}" "$bin" play --replay "$2"
}

header='{"t":0,"ev":"game","seed":1,"nodes":3,"variant":"paxos"}'
schedule='{"t":0,"ev":"game","seed":1,"nodes":3,"variant":"paxos","schedule":true}'
deliver='{"t":0,"ev":"schedule","step":"deliver","from":"red","to":"green","type":"p1b","ballot":1,"value":"red"'
bad() { printf '%s\n' "$@" > "$work/bad.jsonl"; echo "$work/bad.jsonl"; }

# --- Numbers out of range in a recording ---
check "nodes 1e300 is one line in simulate, screenshot and play" \
  in_all_three 'line 1: "nodes" must be 3 or 5' "$(bad '{"t":0,"ev":"game","seed":1,"nodes":1e300,"variant":"paxos"}')"
check "nodes 9223372036854775807 is one line" \
  in_all_three 'line 1: "nodes"' "$(bad '{"t":0,"ev":"game","seed":1,"nodes":9223372036854775807}')"
check "a ballot of 1e300 is one line" \
  in_all_three 'line 2: "ballot"' "$(bad "$schedule" "$deliver"',"ballot":1e300}')"
check "an acc_ballot of 9223372036854775807 is one line" \
  in_all_three 'line 2: "acc_ballot"' "$(bad "$schedule" "$deliver"',"acc_ballot":9223372036854775807}')"

# --- Recordings that are silently wrong ---
printf '%s\n' '{"t":0,"ev":"game","seed":1,"nodes":5}' '{"t":1,"ev":"kill","node":"purple"}' > "$work/five.jsonl"
check "a 5-node recording replayed with --nodes 3 is refused" \
  one_line_error_of "line 1: the recording is for 5 nodes, not 3" "$bin" simulate --player "$work/five.jsonl" --nodes 3
check "an action naming a node the game lacks names its line" \
  in_all_three "line 2: unknown node" "$(bad "$header" '{"t":1,"ev":"kill","node":"purple"}')"
check "a schedule step delivering a message never sent names its line" \
  in_all_three "line 2: the game refuses this step" "$(bad "$schedule" "$deliver"'}')"
check "a non-integer seed is refused" in_all_three 'line 1: "seed"' "$(bad '{"t":0,"ev":"game","seed":1.5}')"
check "a seed of 1e300 is refused" in_all_three 'line 1: "seed"' "$(bad '{"t":0,"ev":"game","seed":1e300}')"
check "a non-integer node count is refused" in_all_three 'line 1: "nodes"' "$(bad '{"t":0,"ev":"game","nodes":3.5}')"
check "a schedule that is not a boolean is refused" \
  in_all_three 'line 1: "schedule" must be true or false' "$(bad '{"t":0,"ev":"game","schedule":1}')"
printf '%s\r\n' "$header" '{"t":1,"ev":"kill","node":"red"}' > "$work/crlf.jsonl"
check "CRLF line ends are accepted" grep -q '"rounds":1,' <<<"$("$bin" simulate --player "$work/crlf.jsonl" 2>&1 | tail -n 1)"
printf '%s\n' "$header" '{"t":1,"ev":"kil","node":"red"}' > "$work/kil.jsonl"
warn=$("$bin" simulate --player "$work/kil.jsonl" 2>&1 >/dev/null); rc=$?
check "a misspelt action (kil) is run, with a warning naming its line" \
  test "$rc" -eq 0 -a -n "$(grep 'warning: .*line 2: "ev": "kil" is not an action' <<<"$warn")"

# --- Files that are not regular files; paths that cannot be written ---
mkfifo "$work/fifo"
check "screenshot --font naming a FIFO is one line, not a hang" \
  one_line_error_of "font not found" "$bin" screenshot --out "$work/x.bmp" --font "$work/fifo"
check "play --font naming a FIFO is one line, not a hang" \
  one_line_error_of "font not found" "${nodisplay[@]}" "$bin" play --font "$work/fifo"
check "simulate --player naming a FIFO is one line, not a hang" \
  one_line_error_of "not a regular file" "$bin" simulate --player "$work/fifo"
started=$(date +%s)
check "verify --out to an unwritable path fails before the search" \
  one_line_error_of "cannot write /nonexistent/trace.jsonl" "$bin" verify --max-ballot 6 --out /nonexistent/trace.jsonl
check "... at once" test $(( $(date +%s) - started )) -lt 5
check "play --nodes -1 names the real problem" one_line_error_of "nodes must be 3 or 5, not -1" "$bin" play --nodes -1
check "verify --max-ballot -3 names the real problem" one_line_error_of "max-ballot must be between" "$bin" verify --max-ballot -3

# --- verify out of memory: one last line, exit 2, no backtrace ---
err=$(timeout 120 "$bin" verify --max-ballot 12 --max-memory 64M 2>&1 >/dev/null); rc=$?
check "verify past its memory stops with one line and exit 2" \
  test "$rc" -eq 2 -a -n "$(tail -n 1 <<<"$err" | grep 'out of memory at depth [0-9]* after .* states.*try a smaller --max-ballot')"
check "... and no crash report" test -z "$(grep -iE 'fatal|backtrace|crash' <<<"$err")"
check "a bad --max-memory is one line" one_line_error_of "max-memory" "$bin" verify --max-memory lots

# --- SIGQUIT without a window: ends like Ctrl+C, no crash report ---
"$bin" simulate --rounds 10000000 --player random --quiet >/dev/null 2>"$work/quit.err" &
sim_pid=$!
sleep 1
kill -QUIT "$sim_pid"
wait "$sim_pid"; rc=$?
check "SIGQUIT ends simulate at once (status 131)" test "$rc" -eq 131
check "... with no crash report" test ! -s "$work/quit.err"

# --- A DISPLAY naming no X server ---
check "a wrong DISPLAY is one line and exit 2" \
  one_line_error_of "cannot open a window" env -u WAYLAND_DISPLAY -u SDL_VIDEODRIVER DISPLAY=:4321 "$bin" play --skip-intro

# --- In a window under Xvfb ---
start_xvfb 110 130

# wait_gone PID SECONDS: the process has exited within the time.
wait_gone() {
  for _ in $(seq 1 $(( $2 * 4 ))); do kill -0 "$1" 2>/dev/null || return 0; sleep 0.25; done
  return 1
}
open_window() { timeout 20 xdotool search --sync --name BeatPaxos >/dev/null; sleep 1; }
stop_game() { kill "$game_pid" 2>/dev/null; wait "$game_pid" 2>/dev/null; game_pid=""; }

"$bin" play --skip-intro >"$work/sigquit.log" 2>&1 &
game_pid=$!
open_window
kill -QUIT "$game_pid"
check "SIGQUIT closes the window cleanly" wait_gone "$game_pid" 10
wait "$game_pid"; rc=$?
game_pid=""
check "... with exit status 0 and no crash report" \
  test "$rc" -eq 0 -a -z "$(grep -iE 'fatal|backtrace|crash' "$work/sigquit.log")"

# A best out of range is damage: moved aside byte for byte, the game goes on, pressing L is safe.
mkdir -p "$work/huge/beatpaxos"
printf '{"version":1,"best":{"paxos":1e300,"amnesia":1e300}}' > "$work/huge/beatpaxos/scores.json"
XDG_DATA_HOME="$work/huge" "$bin" play --skip-intro >"$work/huge.log" 2>&1 &
game_pid=$!
open_window
xdotool key l
sleep 1
check "a scores file with a best of 1e300 is moved aside unchanged" \
  grep -qx '{"version":1,"best":{"paxos":1e300,"amnesia":1e300}}' "$work/huge/beatpaxos/scores.json.corrupt-1"
check "... and the game goes on, through the level card" kill -0 "$game_pid"
stop_game

# A round whose crowns were toppled, for games that set a best on Paxos.
for seed in $(seq 1 40); do
  "$bin" simulate --seed "$seed" --rounds 1 --player random --record "$work/crowns.jsonl" | head -n 1 \
    | grep -q '"crowns_toppled":[1-9]' && break
done
check "a one-round game with crowns toppled was found" grep -q '"ev":"kill"' "$work/crowns.jsonl"

# Two games at once: another game saves its best while this one plays; this one's save keeps both.
mkdir -p "$work/both/beatpaxos"
XDG_DATA_HOME="$work/both" "$bin" play --replay "$work/crowns.jsonl" --speed 3 >"$work/both.log" 2>&1 &
game_pid=$!
open_window
printf '{"best":{"paxos":250,"amnesia":42.5},"version":1}' > "$work/both/beatpaxos/other.json"
mv "$work/both/beatpaxos/other.json" "$work/both/beatpaxos/scores.json"
other_inode=$(stat -c %i "$work/both/beatpaxos/scores.json")
# The game's save renames a new file into place: wait for the inode to change.
check "the game saves its new best while the other game's file is there" timeout 90 bash -c \
  "until [ \"\$(stat -c %i '$work/both/beatpaxos/scores.json')\" != $other_inode ]; do sleep 0.5; done"
stop_game
check "a save while another game saved keeps the other game's bests" python3 - "$work/both/beatpaxos/scores.json" <<'PY'
import json, sys
best = json.load(open(sys.argv[1]))["best"]
sys.exit(0 if best.get("paxos") == 250 and best.get("amnesia") == 42.5 else 1)
PY

# A new best that cannot be saved says so.
mkdir -p "$work/blocked"
touch "$work/blocked/beatpaxos"
XDG_DATA_HOME="$work/blocked" "$bin" play --replay "$work/crowns.jsonl" --speed 5 >"$work/blocked.log" 2>&1 &
game_pid=$!
open_window
check "a new best that cannot be saved is said, not celebrated silently" \
  timeout 90 bash -c "until grep -q 'New best, but it could not be saved' '$work/blocked.log'; do sleep 0.5; done"
stop_game

# play --record keeps every game of the run: R restarts into a numbered file.
XDG_DATA_HOME="$work/data" "$bin" play --skip-intro --record "$work/run.jsonl" >"$work/record.log" 2>&1 &
game_pid=$!
open_window
# In a game under way the first R asks and the second restarts.
xdotool key r r
sleep 1
xdotool key r r
sleep 1
stop_game
check "the first game stays in run.jsonl" grep -q '"ev":"game"' "$work/run.jsonl"
check "R starts run-2.jsonl and run-3.jsonl, each with its own header" \
  bash -c "head -n 1 '$work/run-2.jsonl' | grep -q '\"ev\":\"game\"' && head -n 1 '$work/run-3.jsonl' | grep -q '\"ev\":\"game\"'"

finish_checks
