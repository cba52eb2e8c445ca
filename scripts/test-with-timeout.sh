#!/usr/bin/env bash
# Runs the unit tests under a time limit, so a test that can no longer finish (a protocol that never decides,
# say) fails with one clear line instead of running into CI's own limit with no message.
# Usage: scripts/test-with-timeout.sh [seconds]   (default 1200; TEST_TIMEOUT_S overrides)
set -u
limit="${1:-${TEST_TIMEOUT_S:-1200}}"
swift="${SWIFT:-swift}"
timeout --kill-after=30 "$limit" "$swift" test
status=$?
if [ "$status" -eq 124 ] || [ "$status" -eq 137 ]; then
  echo "make test: the unit tests did not finish within $limit s (a test waits for something that never happens?)" >&2
  exit 1
fi
exit "$status"
