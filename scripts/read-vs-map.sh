#!/usr/bin/env bash
# What reading a store file into fresh memory costs against mapping it (docs/benchmarks-history.md,
# ninth round): a C program reads FILE with read(2) into a new buffer, then maps it and
# touches each page, and prints both times, RUNS times. The file should be in the page
# cache (read it once before), as it is at a start.
#
#   scripts/read-vs-map.sh FILE [RUNS]
set -euo pipefail
FILE="$1"
RUNS="${2:-5}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
cat > "$WORK/readmap.c" <<'C'
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

int main(int argc, char **argv) {
    int fd = open(argv[1], O_RDONLY);
    struct stat s;
    if (fd < 0 || fstat(fd, &s) != 0) { perror(argv[1]); return 1; }
    size_t n = s.st_size;
    long sum = 0;
    double t0 = now();
    char *b = malloc(n + 1);
    size_t k = 0;
    while (k < n) { ssize_t r = read(fd, b + k, n - k); if (r <= 0) break; k += r; }
    double t1 = now();
    for (size_t i = 0; i < n; i += 4096) sum += b[i];
    double t2 = now();
    char *m = mmap(0, n, PROT_READ, MAP_PRIVATE, fd, 0);
    for (size_t i = 0; i < n; i += 4096) sum += m[i];
    double t3 = now();
    printf("%.1f MiB: read into fresh memory %.1f ms, mapped and every page touched %.1f ms (%ld)\n",
           n / 1048576.0, t1 - t0, t3 - t2, sum & 1);
    return 0;
}
C
cc -O2 "$WORK/readmap.c" -o "$WORK/readmap"
cat "$FILE" > /dev/null
for _ in $(seq "$RUNS"); do "$WORK/readmap" "$FILE"; done
