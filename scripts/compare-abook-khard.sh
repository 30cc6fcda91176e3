#!/usr/bin/env bash
# Carnet, abook and khard side by side, on the same generated people.
#
#   scripts/compare-abook-khard.sh [--sizes 1000,10000] [--abook-sizes 1000,10000,100000]
#                                  [--khard-sizes 1000,10000] [--runs 3] [--skip-carnet]
#
# Installs abook (apt-get) and khard (pip) when missing. For each size, the carnet-bench
# synthetic store is exported as an abook addressbook file and as a khard vdir (one .vcf
# per person). Measured:
#   - first screen in tmux (120×40) for Carnet and abook (see scripts/bench-terminal.sh),
#     and the answer to a `j` pressed as that screen comes (down one line in both; with a
#     first screen kept, Carnet shows it before reading the store and answers from a frame
#     kept with it), and for Carnet to `G` then `k` sent at once (no frame is kept for a
#     key after `G`: the `k` waits for the store);
#   - `khard list` wall time (khard has no full-screen mode), and `carnet list` for the
#     same people when the carnet binary has that command, read from text
#     (CARNET_NO_SNAPSHOT=1: whether a snapshot of the store is in the user's cache
#     would otherwise decide it).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BENCH_TERMINAL_LIB=1 source "$ROOT/scripts/bench-terminal.sh"

SIZES=1000,10000
ABOOK_SIZES=""
KHARD_SIZES=""
RUNS=3
SKIP_CARNET=0
SEED=1
TODAY="$(date +%F)"
while (($#)); do
    case "$1" in
        --sizes) SIZES="$2"; shift 2 ;;
        --abook-sizes) ABOOK_SIZES="$2"; shift 2 ;;
        --khard-sizes) KHARD_SIZES="$2"; shift 2 ;;
        --runs) RUNS="$2"; shift 2 ;;
        --seed) SEED="$2"; shift 2 ;;
        --today) TODAY="$2"; shift 2 ;;
        --skip-carnet) SKIP_CARNET=1; shift ;;
        *) echo "usage: $0 [--sizes 1000,10000] [--abook-sizes ...] [--khard-sizes ...] [--runs 3]" >&2; exit 2 ;;
    esac
done
ABOOK_SIZES="${ABOOK_SIZES:-$SIZES}"
KHARD_SIZES="${KHARD_SIZES:-$SIZES}"

if ! command -v abook >/dev/null; then
    echo "installing abook…" >&2
    (apt-get install -y abook || { apt-get update && apt-get install -y abook; }) >/dev/null
fi
if ! command -v khard >/dev/null; then
    echo "installing khard…" >&2
    pip install --quiet khard >&2
fi
echo "abook: $(dpkg-query -W -f '${Version}' abook 2>/dev/null || echo '?'), khard: $(khard --version 2>/dev/null || echo '?')"

BENCH="$(bench_binary)"
[[ "$SKIP_CARNET" == 1 ]] || swift build -c release --product carnet --package-path "$ROOT" >&2
CARNET="$(swift build -c release --show-bin-path --package-path "$ROOT")/carnet"

# khard_dir_for N: a vdir and a config file pointing at it.
khard_config_for() {
    local n="$1" store vdir conf
    store="$(store_for "$n")"
    vdir="$store.vcf"
    conf="$store.khard.conf"
    if [[ ! -d "$vdir" ]]; then "$BENCH" export --dir "$store" --vcard "$vdir" >&2; fi
    cat >"$conf" <<CONF
[addressbooks]
[[bench]]
path = $vdir

[general]
debug = no
default_action = list
editor = true
merge_editor = true

[contact table]
display = formatted_name
sort = last_name
CONF
    echo "$conf"
}

# wall_ms CMD...: median wall time of RUNS runs, output discarded.
wall_ms() {
    local i t0 t1
    for ((i = 0; i < RUNS; i++)); do
        t0=$(now_ns)
        "$@" >/dev/null 2>&1 || true
        t1=$(now_ns)
        echo $(((t1 - t0) / 1000))
    done | median | awk '{printf "%.1f", $1/1000}'
}

in_list() { [[ ",$1," == *",$2,"* ]]; }

tmux_start
ALL="$(printf '%s\n' ${SIZES//,/ } ${ABOOK_SIZES//,/ } ${KHARD_SIZES//,/ } | sort -n | uniq | paste -sd, -)"
printf '\nfirst screen in tmux %dx%d (ms, median of %s), then the answer to a j (ms), bytes written for the screen; list times (ms)\n' "$COLS" "$LINES_" "$RUNS"
printf 'Carnet answers its first key (j) from a frame kept with its first screen; for G then k (the last person, then\n'
printf 'the one above) no frame is kept after G: the k waits for the store\n'
printf '%-8s | %12s %9s %9s %9s | %12s %9s %9s | %12s %12s\n' people "carnet (ms)" "j (ms)" "G k (ms)" "bytes" "abook (ms)" "j (ms)" "bytes" "carnet list" "khard list"
IFS=',' read -ra all <<<"$ALL"
for n in "${all[@]}"; do
    c_ms="-"; c_j="-"; c_g="-"; c_b="-"; a_ms="-"; a_j="-"; a_b="-"; cl="-"; kl="-"
    if in_list "$SIZES" "$n" && [[ "$SKIP_CARNET" == 0 ]]; then
        store="$(store_for "$n")"
        # From the store's snapshot, as every start but the first (bench-terminal.sh also
        # measures without): one unmeasured launch leaves it in a scratch cache folder.
        cmd="$CARNET --dir $store --today $TODAY"
        launch_ms "$cmd" "${CARNET_READY:-Carnet|q quit}" >/dev/null
        sleep 3
        c_ms=$(launch_median "$cmd" "${CARNET_READY:-Carnet|q quit}" "$RUNS")
        c_j=$(launch_median "$cmd" "${CARNET_READY:-Carnet|q quit}" "$RUNS" j)
        c_g=$(launch_median "$cmd" "${CARNET_READY:-Carnet|q quit}" "$RUNS" "G k")
        c_b=$(key_bytes "$cmd" "${CARNET_READY:-Carnet|q quit}" | sed -n 's/^screen=//p')
        cl=$(wall_ms env CARNET_NO_SNAPSHOT=1 "$CARNET" --dir "$store" --today "$TODAY" list)
    fi
    if in_list "$ABOOK_SIZES" "$n"; then
        cmd="abook --datafile $(abook_file_for "$n")"
        a_ms=$(launch_median "$cmd" "${ABOOK_READY:-abook}" "$RUNS")
        a_j=$(launch_median "$cmd" "${ABOOK_READY:-abook}" "$RUNS" j)
        a_b=$(key_bytes "$cmd" "${ABOOK_READY:-abook}" | sed -n 's/^screen=//p')
    fi
    if in_list "$KHARD_SIZES" "$n"; then
        conf="$(khard_config_for "$n")"
        kl=$(wall_ms khard -c "$conf" list)
    fi
    printf '%-8s | %12s %9s %9s %9s | %12s %9s %9s | %12s %12s\n' "$n" "$c_ms" "$c_j" "$c_g" "$c_b" "$a_ms" "$a_j" "$a_b" "$cl" "$kl"
done
