#!/bin/sh
# libFuzzer over the store parser (swiftc -sanitize=fuzzer,address), for longer hunts than
# the deterministic fuzzer of `swift test --filter Fuzz`. Usage:
#   scripts/fuzz.sh [SECONDS]      (default 60)
# Crashing inputs are written to .build/fuzz/crashes/; keep each one that found a bug in
# Tests/CarnetCoreTests/Fixtures/regressions/ (named FILE-what.txt, the first byte removed).
set -eu
cd "$(dirname "$0")/.."
seconds=${1:-60}
out=.build/fuzz
mkdir -p "$out/corpus" "$out/crashes"
echo "building $out/store-parser-fuzz…"
swiftc -sanitize=fuzzer,address -parse-as-library -O -module-name CarnetCore \
    $(find Sources/CarnetCore -name '*.swift') scripts/fuzz/StoreParserFuzz.swift -o "$out/store-parser-fuzz" \
    2>"$out/build.log" || { cat "$out/build.log"; exit 1; }
# Seed corpus: the regression fixtures, each behind the byte that names its file.
i=0
for kind in contacts circles events goals journal; do
    for f in Tests/CarnetCoreTests/Fixtures/regressions/"$kind"-*; do
        [ -e "$f" ] || continue
        { printf "\\$(printf %o $i)"; cat "$f"; } > "$out/corpus/$kind-$(basename "$f")"
    done
    i=$((i + 1))
done
SWIFT_BACKTRACE=enable=no "$out/store-parser-fuzz" -max_total_time="$seconds" -max_len=65536 -timeout=5 -rss_limit_mb=1024 \
    -artifact_prefix="$out/crashes/" "$out/corpus"
