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
