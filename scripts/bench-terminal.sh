#!/usr/bin/env bash
# Real-terminal measurements, in tmux at 120×40:
#   - launch to first full screen: time from starting the program until tmux received the
#     last output of a first screen showing every READY string (see launch_ms); for Carnet
#     three times: from the store's snapshot (the usual start: one unmeasured launch
#     leaves it), without one (CARNET_NO_SNAPSHOT, as at the first start or after an
#     upgrade), and after an outside edit of the contacts file (contacts parsed, journal
#     from the snapshot; see after_edit_median), with XDG_CACHE_HOME in a scratch folder
#     (see tmux_start);
#   - bytes written to the terminal for one `j`, one pane switch (Tab) and one filter
#     keystroke: the program runs under `script -q -f`, whose typescript grows by
#     exactly what the program wrote; we wait for the output to settle after each key.
#
#   scripts/bench-terminal.sh [--sizes 1000,10000] [--runs 5] [--seed 1] [--today YYYY-MM-DD]
#                             [--app carnet|abook] [--ready 'TEXT|TEXT']
#
# Stores are the carnet-bench ones (generated and cached under /tmp/carnet-bench-cache).
# The functions below are also used by scripts/compare-abook-khard.sh (source with
# BENCH_TERMINAL_LIB=1 to get them without running anything).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
COLS=120
LINES_=40
SESSION="carnet-bench-$$"
WORK="$(mktemp -d /tmp/carnet-bench-term.XXXXXX)"
# script(1) outlives its pane: stop the ones this run started, and the programs under them.
trap 'tmux kill-session -t "$SESSION" 2>/dev/null || true; pkill -f "$WORK/typescript" 2>/dev/null || true; rm -rf "$WORK"' EXIT

now_ns() { date +%s%N; }

# tmux session with a placeholder pane; programs are started with respawn-pane.
tmux_start() {
    tmux kill-session -t "$SESSION" 2>/dev/null || true
    tmux new-session -d -s "$SESSION" -x "$COLS" -y "$LINES_" "sleep 100000"
    tmux set-option -t "$SESSION" status off >/dev/null
    tmux set-option -t "$SESSION" remain-on-exit on >/dev/null
    # Carnet's snapshot goes in the scratch folder, removed at exit, not the user's cache.
    tmux set-environment -t "$SESSION" XDG_CACHE_HOME "$WORK/cache"
}

# all_shown 'A|B': every '|'-separated string is on the screen.
all_shown() {
    local screen needle
    screen="$(tmux capture-pane -p -t "$SESSION")"
    IFS='|' read -ra needles <<<"$1"
    for needle in "${needles[@]}"; do
        [[ "$screen" == *"$needle"* ]] || return 1
    done
}

# launch_ms CMD READY: microseconds from starting CMD until tmux received the last output of
# a first screen showing READY (or "timeout"), measured by scripts/tmux-launch.py: a
# control-mode client (`tmux -C`) reports each chunk of the program's output as it arrives,
# and the screen is read once the output has been quiet for 200 ms. (Polling `capture-pane`
# instead kept the second core busy with tmux clients; reading the control client with
# bash's `read`, a byte per system call, lagged ~10 ms behind a 5 KB screen.)
launch_ms() {
    local cmd="$1" ready="$2" key="${3:-}" us
    us=$(python3 "$ROOT/scripts/tmux-launch.py" "$SESSION" "$cmd" ${key:+"$key"})
    [[ "$us" == timeout ]] && { echo timeout; return; }
    all_shown "$ready" || { echo timeout; return; }
    echo "$us"
}

median() { sort -n | awk '{a[NR]=$1} END {if (NR==0) print "nan"; else if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }

# launch_median CMD READY RUNS: median launch time in ms, with one decimal. A run that did
# not see READY (rarely, the screen read a moment too early) is tried again, twice at most;
# "timeout" if it still did not.
launch_median() {
    local cmd="$1" ready="$2" runs="$3" key="${4:-}" i v try values=()
    for ((i = 0; i < runs; i++)); do
        for try in 1 2 3; do
            v=$(launch_ms "$cmd" "$ready" "$key")
            [[ "$v" != timeout ]] && break
        done
        [[ "$v" == timeout ]] && { echo timeout; return; }
        values+=("$v")
    done
    printf '%s\n' "${values[@]}" | median | awk '{printf "%.1f", $1/1000}'
}

size_of() { stat -c %s "$1" 2>/dev/null || echo 0; }

# settle FILE: waits until FILE stops growing for 300 ms (at most 10 s).
settle() {
    local file="$1" last=-1 current stable=0 i
    for ((i = 0; i < 200; i++)); do
        current=$(size_of "$file")
        if [[ "$current" == "$last" ]]; then
            stable=$((stable + 1))
            ((stable >= 6)) && return
        else
            stable=0
        fi
        last=$current
        sleep 0.05
    done
}

# key_bytes CMD READY KEY...: starts CMD under script(1), waits for READY, then sends each
# KEY (tmux send-keys names: j, Tab, /, m…) and prints "KEY=BYTES" for each, plus the
# first screen's size as "screen=BYTES".
key_bytes() {
    local cmd="$1" ready="$2" log="$WORK/typescript" before after key
    shift 2
    rm -f "$log"
    tmux respawn-pane -k -t "$SESSION" "script -q -f -c $(printf %q "$cmd") $log"
    local deadline=$(( $(now_ns) + 30000000000 ))
    until all_shown "$ready"; do
        if (( $(now_ns) > deadline )); then echo "timeout"; return; fi
        sleep 0.01
    done
    settle "$log"
    echo "screen=$(size_of "$log")"
    for key in "$@"; do
        before=$(size_of "$log")
        tmux send-keys -t "$SESSION" "$key"
        settle "$log"
        after=$(size_of "$log")
        echo "$key=$((after - before))"
    done
    # Peak resident memory of the program after these keys (the newest process whose
    # command line is CMD: script(1)'s own includes it too, and is older).
    local pid
    pid=$(pgrep -n -f -- "$cmd" || true)
    [[ -n "$pid" ]] && echo "peak=$(awk '/^VmHWM/ {printf "%.1f", $2 / 1024}' "/proc/$pid/status" 2>/dev/null)"
    pkill -f "$log" 2>/dev/null || true
    tmux respawn-pane -k -t "$SESSION" "sleep 100000"
}

# after_edit_median STORE WAIT: median launch in ms after an outside edit of the contacts
# file, as when the user edits it in $EDITOR or pulls it with git: the contacts are parsed
# from text, the journal still comes from the snapshot. A scratch copy of STORE gets a
# comment line appended before each launch (a launch that did not see READY is tried
# again, after another edit, twice at most); WAIT seconds let the snapshot that launch
# leaves (on the second core, after the first screen) be written before the next. The
# copy has the same path at every size: the unmeasured first launch replaces the snapshot
# a smaller size left in the scratch cache.
after_edit_median() {
    local store="$1" wait="$2" copy="$WORK/edited" i v try values=()
    rm -rf "$copy"
    cp -r "$store" "$copy"
    local cmd="$CARNET --dir $copy --today $TODAY"
    launch_ms "$cmd" "$READY" >/dev/null
    sleep "$wait"
    for ((i = 0; i < RUNS; i++)); do
        for try in 1 2 3; do
            echo "# edited outside Carnet ($i.$try)" >>"$copy/contacts"
            v=$(launch_ms "$cmd" "$READY")
            sleep "$wait"
            [[ "$v" != timeout ]] && break
        done
        [[ "$v" == timeout ]] && { rm -rf "$copy"; echo timeout; return; }
        values+=("$v")
    done
    rm -rf "$copy"
    printf '%s\n' "${values[@]}" | median | awk '{printf "%.1f", $1/1000}'
}

bench_binary() {
    swift build -c release --product carnet-bench --package-path "$ROOT" >&2
    echo "$(swift build -c release --show-bin-path --package-path "$ROOT")/carnet-bench"
}

# carnet_binary: this checkout's release `carnet`, built first.
carnet_binary() {
    swift build -c release --product carnet --package-path "$ROOT" >&2
    echo "$(swift build -c release --show-bin-path --package-path "$ROOT")/carnet"
}

# store_for N: the cached synthetic store for N people (generated on first use).
store_for() {
    local n="$1" dir="/tmp/carnet-bench-cache/people-$1-seed-$SEED-$TODAY-v1"
    if [[ ! -f "$dir/journal" ]]; then
        mkdir -p /tmp/carnet-bench-cache
        rm -rf "$dir.partial"
        "$BENCH" generate --people "$n" --seed "$SEED" --today "$TODAY" --dir "$dir.partial" >&2
        mv "$dir.partial" "$dir"
    fi
    echo "$dir"
}

abook_file_for() {
    local n="$1" store file
    store="$(store_for "$n")"
    file="$store.abook"
    [[ -f "$file" ]] || "$BENCH" export --dir "$store" --abook "$file" >&2
    echo "$file"
}

[[ "${BENCH_TERMINAL_LIB:-}" == 1 ]] && return 0

SIZES=1000,10000
RUNS=5
SEED=1
TODAY="$(date +%F)"
APP=carnet
READY=""
while (($#)); do
    case "$1" in
        --sizes) SIZES="$2"; shift 2 ;;
        --runs) RUNS="$2"; shift 2 ;;
        --seed) SEED="$2"; shift 2 ;;
        --today) TODAY="$2"; shift 2 ;;
        --app) APP="$2"; shift 2 ;;
        --ready) READY="$2"; shift 2 ;;
        *) echo "usage: $0 [--sizes 1000,10000] [--runs 5] [--seed 1] [--today D] [--app carnet|abook] [--ready 'A|B']" >&2; exit 2 ;;
    esac
done

command -v python3 >/dev/null || { echo "python3 is needed (scripts/tmux-launch.py)" >&2; exit 1; }
BENCH="$(bench_binary)"
case "$APP" in
    carnet)
        CARNET="$(carnet_binary)"
        READY="${READY:-Carnet|q quit}"   # the header and the bottom line
        ;;
    abook)
        command -v abook >/dev/null || { echo "abook is not installed (apt-get install abook)" >&2; exit 1; }
        READY="${READY:-abook}"
        ;;
    *) echo "--app is carnet or abook" >&2; exit 2 ;;
esac

tmux_start
printf '%s in tmux %dx%d, %s runs, median; ready when the screen shows: %s\n' "$APP" "$COLS" "$LINES_" "$RUNS" "$READY"
printf '%-10s %14s %12s %11s %12s %12s %12s %10s %8s %8s %10s %10s\n' people "launch (ms)" "no snapshot" "after edit" "j answered" "G answered" "G k answered" "screen B" "j B" "Tab B" "filter B" "peak MiB"
IFS=',' read -ra sizes <<<"$SIZES"
for n in "${sizes[@]}"; do
    cold="-"
    edited="-"
    if [[ "$APP" == carnet ]]; then
        store="$(store_for "$n")"
        cmd="$CARNET --dir $store --today $TODAY"
        keys=(j Tab / m a)
        cold=$(launch_median "CARNET_NO_SNAPSHOT=1 $CARNET --dir $store --today $TODAY" "$READY" "$RUNS")
        wait=$(( n >= 100000 ? 4 : n >= 10000 ? 2 : 1 ))
        edited=$(after_edit_median "$store" "$wait")
        launch_ms "$cmd" "$READY" >/dev/null   # leaves the snapshot
        sleep "$wait"                          # written on the second core after the first screen
    else
        cmd="abook --datafile $(abook_file_for "$n")"
        keys=(j Tab / m a)   # abook: j moves, Tab does nothing much, / searches
    fi
    launch=$(launch_median "$cmd" "$READY" "$RUNS")
    answered=$(launch_median "$cmd" "$READY" "$RUNS" j)
    # Carnet answers its first key from a frame kept with the first screen (docs/store-format.md,
    # "The first screen"), G (the last person) as j; no frame is kept for the k after G, which
    # waits for the store.
    last="-" unkept="-"
    if [[ "$APP" == carnet ]]; then
        last=$(launch_median "$cmd" "$READY" "$RUNS" G)
        unkept=$(launch_median "$cmd" "$READY" "$RUNS" "G k")
    fi
    declare -A got=()
    while IFS='=' read -r k v; do got[$k]=$v; done < <(key_bytes "$cmd" "$READY" "${keys[@]}")
    printf '%-10s %14s %12s %11s %12s %12s %12s %10s %8s %8s %10s %10s\n' "$n" "$launch" "$cold" "$edited" "$answered" "$last" "$unkept" "${got[screen]:-?}" "${got[j]:-?}" "${got[Tab]:-?}" "${got[a]:-?}" "${got[peak]:-?}"
    unset got
done
echo "(j answered: launch to the answer to a j pressed as the first screen comes, from a kept frame for Carnet;"
echo " G answered: the same for G, also from a kept frame; G k answered: the same for G then k, sent at once: no frame"
echo " is kept for k after G, which waits for the store; filter B: bytes for the second"
echo " filter keystroke, 'a' after '/m'; peak: VmHWM after those keys)"
