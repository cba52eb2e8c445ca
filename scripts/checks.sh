# Sourced by the end-to-end scripts: named checks, counted, and the closing "N passed, N failed" line.
passed=0
failed=0

# check NAME COMMAND...: runs the command; it passes when the command succeeds.
check() {
  local name=$1; shift
  if "$@"; then passed=$((passed + 1)); echo "ok   $name"; else failed=$((failed + 1)); echo "FAIL $name"; fi
}

# finish_checks: prints the tally and fails the script if any check failed.
finish_checks() {
  echo "$passed passed, $failed failed"
  [ "$failed" -eq 0 ]
}

# one_line_error_of EXPECT COMMAND...: bad input gets exit 2 and exactly one line on stderr containing EXPECT
# (no crash report); a command that hangs for 20 s fails.
one_line_error_of() {
  local expect=$1; shift
  local err rc
  err=$(timeout 20 "$@" 2>&1 >/dev/null); rc=$?
  [ "$rc" -eq 2 ] && [ "$(printf '%s\n' "$err" | wc -l)" -eq 1 ] && grep -q -- "$expect" <<<"$err" \
    || { echo "  got rc=$rc: $(head -c 300 <<<"$err")"; return 1; }
}

# one_line_error EXPECT ARGS...: the same for the game's own binary, $bin.
one_line_error() { local expect=$1; shift; one_line_error_of "$expect" "$bin" "$@"; }
