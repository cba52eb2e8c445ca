#!/usr/bin/env bash
# Prints how much the window's memory grows over 40 resizes with the accelerated renderer (a benchmark:
# Mesa's software OpenGL once kept about 5.5 MB for every new cache texture size).
# Usage: scripts/measure-resize.sh [RESIZES]   (after a release build)
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${BEATPAXOS:-.build/release/beatpaxos}
resizes=${1:-40}
. scripts/xvfb.sh
start_xvfb 140 160
XDG_DATA_HOME="$work/data" "$bin" play --skip-intro --renderer accelerated >"$work/log" 2>&1 &
game_pid=$!
wid=$(timeout 20 xdotool search --sync --name BeatPaxos | head -n 1)
sleep 2
rss() { awk '/VmRSS/ {print $2}' "/proc/$game_pid/status"; }
before=$(rss)
for i in $(seq 1 "$resizes"); do xdotool windowsize "$wid" $((700 + i * 13)) $((500 + i * 7)); sleep 0.3; done
sleep 1
after=$(rss)
echo "accelerated renderer: RSS $before kB before, $after kB after $resizes resizes (+$(( (after - before) / 1024 )) MB)"
