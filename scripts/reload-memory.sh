#!/usr/bin/env bash
# The app's memory across reloads (docs/benchmarks-history.md, tenth round): Carnet runs in tmux on
# a scratch copy of the synthetic store, a line is appended to its journal RELOADS times
# (as `carnet log` from another terminal would), each read again by the app, and its peak
# (VmHWM) and resident (VmRSS) memory are printed at the start and after the reloads.
#
#   scripts/reload-memory.sh [--people 100000] [--reloads 5] [--app PATH]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
# The builds, the cached stores, WORK and SESSION (removed at exit): scripts/bench-terminal.sh.
BENCH_TERMINAL_LIB=1 source "$ROOT/scripts/bench-terminal.sh"
PEOPLE=100000
RELOADS=5
APP=""
SEED=1
TODAY="$(date +%F)"
while [[ $# -gt 0 ]]; do
    case "$1" in
        --people) PEOPLE="$2"; shift 2 ;;
        --reloads) RELOADS="$2"; shift 2 ;;
        --app) APP="$2"; shift 2 ;;
        *) echo "usage: $0 [--people N] [--reloads N] [--app PATH]" >&2; exit 2 ;;
    esac
done
[[ -n "$APP" ]] || APP="$(carnet_binary)"
BENCH="$(bench_binary)"
cp -r "$(store_for "$PEOPLE")" "$WORK/store"
id="$(grep -m1 '^id: ' "$WORK/store/contacts" | cut -d' ' -f2)"
tmux new-session -d -s "$SESSION" -x 120 -y 40 \
    "env XDG_CACHE_HOME=$WORK/cache CARNET_NO_SNAPSHOT=1 $APP --dir $WORK/store"
memory() { awk '/^VmHWM|^VmRSS/ {printf "%s %.1f MiB  ", $1, $2 / 1024}' "/proc/$1/status"; }
pid=""
for _ in $(seq 100); do
    pid="$(pgrep -f "^$APP --dir $WORK/store" | head -1 || true)"
    [[ -n "$pid" ]] && tmux capture-pane -p -t "$SESSION" | grep -q "q quit" && break
    sleep 0.1
done
[[ -n "$pid" ]] || { echo "the app did not start" >&2; exit 1; }
sleep 1
echo "$PEOPLE people, started:        $(memory "$pid")"
for i in $(seq "$RELOADS"); do
    echo "$TODAY call @$id note:\"reload $i\"" >> "$WORK/store/journal"
    # The app notices within a second and reads the store again; at 100,000 people that
    # takes about half a second.
    sleep 4
done
echo "$PEOPLE people, after $RELOADS reloads: $(memory "$pid")"
tmux capture-pane -p -t "$SESSION" | grep -q "reloaded" || echo "(the last reload's message is not on the screen)" >&2
