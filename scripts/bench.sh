#!/bin/sh
# Builds carnet-bench in release mode and runs it.
#   scripts/bench.sh                          1,000 and 10,000 people, 5 runs each
#   scripts/bench.sh --sizes 1000,10000,100000 --runs 3
# Stores are generated once and cached under /tmp/carnet-bench-cache (by size, seed, day).
set -eu
cd "$(dirname "$0")/.."
swift build -c release --product carnet-bench >&2
exec "$(swift build -c release --show-bin-path)/carnet-bench" "$@"
