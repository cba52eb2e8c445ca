# Sourced by the scripts that need a window: a temporary folder, cleanup on exit, and Xvfb on a free display.
# Sets `work` (a temporary folder, kept when KEEP_WORK is set), `game_pid` (for the caller to fill) and, after
# start_xvfb, DISPLAY.
work=$(mktemp -d)
xvfb_pid=""
game_pid=""
cleanup() {
  [ -n "$game_pid" ] && kill "$game_pid" 2>/dev/null || true
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  [ -n "${KEEP_WORK:-}" ] || rm -rf "$work"
}
trap cleanup EXIT

# start_xvfb FIRST LAST: starts a 1280x800 Xvfb on the first free display number in FIRST..LAST and waits for it.
start_xvfb() {
  local display=""
  for n in $(seq "$1" "$2"); do
    if [ ! -e "/tmp/.X$n-lock" ] && [ ! -e "/tmp/.X11-unix/X$n" ]; then display=":$n"; break; fi
  done
  [ -n "$display" ] || { echo "no free X display number"; exit 1; }
  Xvfb "$display" -screen 0 1280x800x24 >/dev/null 2>&1 &
  xvfb_pid=$!
  export DISPLAY=$display
  for _ in $(seq 1 40); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.25; done
}
