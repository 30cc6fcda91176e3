#!/usr/bin/env bash
# Two builds of Carnet against each other, launch by launch: on this shared machine, whose
# speed drifts by up to 2× within the hour, alternating the two is the fair comparison.
#
#   scripts/compare-builds.sh --old REV [--sizes 10000,100000] [--runs 15] [--modes snapshot,none,edit,answer,last,unkept]
#   scripts/compare-builds.sh --old REV --commands 'list;list --filter lyon;circles' [--sizes ...] [--runs 7]
#
# Builds REV's `carnet` (release) in a scratch worktree and this checkout's, then for each
# size launches them in turn in tmux at 120×40 (scripts/bench-terminal.sh's harness), from
# their snapshots (one unmeasured launch each leaves it; each build has its own cache
# folder), without one (CARNET_NO_SNAPSHOT=1), and after an outside edit of the contacts
# file (each build edits its own copy of the store before each launch, then waits for the
# snapshot that launch leaves; see after_edit_median), and prints the medians. The mode
# `answer` starts from the snapshot as `snapshot` does, and times the answer to a `j`
# pressed as the first screen comes (tmux-launch.py's KEY), `last` to a `G`; `unkept` with `G` then
# `k` sent at once: the first screen's file keeps no frame for a k after G, whose answer
# waits for the load.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BENCH_TERMINAL_LIB=1 source "$ROOT/scripts/bench-terminal.sh"

OLD=""
SIZES=10000,100000
RUNS=15
MODES=snapshot,none,edit
COMMANDS=""
SEED=1
TODAY="$(date +%F)"
while (($#)); do
    case "$1" in
        --old) OLD="$2"; shift 2 ;;
        --sizes) SIZES="$2"; shift 2 ;;
        --runs) RUNS="$2"; shift 2 ;;
        --modes) MODES="$2"; shift 2 ;;
        --seed) SEED="$2"; shift 2 ;;
        --today) TODAY="$2"; shift 2 ;;
        --commands) COMMANDS="$2"; shift 2 ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done
[[ -n "$OLD" ]] || { echo "usage: $0 --old REV [--sizes N,N] [--runs N] [--modes snapshot,none,edit,answer,last,unkept]" >&2; exit 2; }
IFS=',' read -ra modes <<<"$MODES"
for mode in "${modes[@]}"; do
    [[ "$mode" =~ ^(snapshot|none|edit|answer|last|unkept)$ ]] || { echo "unknown mode $mode" >&2; exit 2; }
done

BENCH="$(bench_binary)"
NEW_BIN="$(carnet_binary)"
TREE="$WORK/old-tree"
git -C "$ROOT" worktree add -q --detach "$TREE" "$OLD"
trap 'git -C "$ROOT" worktree remove --force "$TREE" 2>/dev/null || true; tmux kill-session -t "$SESSION" 2>/dev/null || true; rm -rf "$WORK"' EXIT
swift build -c release --product carnet --package-path "$TREE" --scratch-path "$WORK/old-build" >&2
OLD_BIN="$WORK/old-build/release/carnet"

# Median in ms of figures in µs, timeouts left out.
median_ms() { printf '%s\n' "$@" | grep -v timeout | median | awk '{print $1/1000}'; }

# With --commands: each command-line command's wall time (output to /dev/null), the two
# builds alternated, instead of the launches in tmux; read from text (CARNET_NO_SNAPSHOT=1),
# so that a snapshot in the user's cache, which one build may take and not the other,
# decides nothing.
if [[ -n "$COMMANDS" ]]; then
    echo "median wall time, $RUNS runs of each build, alternated ($OLD against $(git -C "$ROOT" describe --always --dirty))"
    printf '%-10s %-32s %10s %10s\n' people command old new
    IFS=';' read -ra commands <<<"$COMMANDS"
    IFS=',' read -ra sizes <<<"$SIZES"
    for n in "${sizes[@]}"; do
        store="$(store_for "$n")"
        for command in "${commands[@]}"; do
            old=() new=()
            for ((i = 0; i < RUNS; i++)); do
                for b in old new; do
                    bin=$OLD_BIN; [[ "$b" == new ]] && bin=$NEW_BIN
                    t0=$(now_ns)
                    # Word-split on purpose: a command and its arguments.
                    # shellcheck disable=SC2086
                    CARNET_NO_SNAPSHOT=1 "$bin" --dir "$store" --today "$TODAY" $command >/dev/null 2>&1 || true
                    t1=$(now_ns)
                    v=$(((t1 - t0) / 1000))
                    if [[ "$b" == old ]]; then old+=("$v"); else new+=("$v"); fi
                done
            done
            printf '%-10s %-32s %7.1f ms %7.1f ms\n' "$n" "$command" "$(median_ms "${old[@]}")" "$(median_ms "${new[@]}")"
        done
    done
    exit 0
fi

tmux_start
echo "median launch in tmux ${COLS}x${LINES_}, $RUNS launches of each build, alternated ($OLD against $(git -C "$ROOT" describe --always --dirty))"
printf '%-10s %-16s %10s %10s\n' people start old new
IFS=',' read -ra sizes <<<"$SIZES"
declare -A dir
for n in "${sizes[@]}"; do
    store="$(store_for "$n")"
    wait=$((n >= 100000 ? 4 : 1))
    for mode in "${modes[@]}"; do
        env="" key=""
        [[ "$mode" == none ]] && env="CARNET_NO_SNAPSHOT=1"
        [[ "$mode" == answer ]] && key=j
        [[ "$mode" == last ]] && key=G
        [[ "$mode" == unkept ]] && key="G k"
        old=() new=()
        for b in old new; do
            bin=$OLD_BIN; [[ "$b" == new ]] && bin=$NEW_BIN
            rm -rf "$WORK/cache-$b" "$WORK/store-$b"
            dir[$b]=$store
            if [[ "$mode" == edit ]]; then
                cp -r "$store" "$WORK/store-$b"
                dir[$b]=$WORK/store-$b
            fi
            # Leaves the snapshot (written apart, after the first screen).
            if [[ "$mode" != none ]]; then
                launch_ms "XDG_CACHE_HOME=$WORK/cache-$b $bin --dir ${dir[$b]} --today $TODAY" "Carnet|q quit" >/dev/null
                sleep "$wait"
            fi
        done
        for ((i = 0; i < RUNS; i++)); do
            for b in old new; do
                bin=$OLD_BIN; [[ "$b" == new ]] && bin=$NEW_BIN
                [[ "$mode" == edit ]] && echo "# edited outside Carnet ($i)" >>"${dir[$b]}/contacts"
                v=$(launch_ms "$env XDG_CACHE_HOME=$WORK/cache-$b $bin --dir ${dir[$b]} --today $TODAY" "Carnet|q quit" "$key")
                if [[ "$b" == old ]]; then old+=("$v"); else new+=("$v"); fi
                [[ "$mode" == edit ]] && sleep "$wait"
            done
        done
        printf '%-10s %-16s %8.1f ms %7.1f ms\n' "$n" "$mode" "$(median_ms "${old[@]}")" "$(median_ms "${new[@]}")"
    done
done
