#!/bin/sh
# The reliability tests in their long "torture" mode (docs/reliability.md): more kills,
# more concurrent writers, more fuzz inputs, a 50 MB line. Prints the figures at the end
# and keeps the whole log in .build/torture.log. Usage:
#   scripts/torture.sh              CARNET_TORTURE=1 over every Reliability*/Fuzz* test
#   CARNET_SEED=N scripts/torture.sh   replay a seed printed by a failing run
#   FUZZ_SECONDS=300 scripts/torture.sh   also run libFuzzer (scripts/fuzz.sh) that long
set -u
cd "$(dirname "$0")/.."
log=.build/torture.log
mkdir -p .build
swift build --build-tests >/dev/null 2>&1 || swift build --build-tests
start=$(date +%s)
CARNET_TORTURE=1 swift test --skip-build --filter 'Reliability|Fuzz' >"$log" 2>&1
status=$?
end=$(date +%s)
grep '^reliability:' "$log"
grep -E 'error:|failed \(' "$log" | head -40
if [ "${FUZZ_SECONDS:-0}" -gt 0 ]; then
    scripts/fuzz.sh "$FUZZ_SECONDS" 2>&1 | grep -E '^Done|crash-|SUMMARY' || true
fi
echo "torture: $(grep -cE "^Test Case .*' passed" "$log") passed, $(grep -cE "^Test Case .*' failed" "$log") failed, $(grep -cE "^Test Case .*' skipped" "$log") skipped in $((end - start)) s (log: $log)"
exit $status
