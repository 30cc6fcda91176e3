#!/usr/bin/env python3
"""How long the first switch to each pane takes in tmux, right after the start and after
some seconds without a key (while idle, the app prepares the search keys, the circle map
and the month, one a second: `AppState.prepareAhead`).

    scripts/pane-switch.py --store DIR [--bin PATH] [--idle 6] [--today YYYY-MM-DD]

Starts the app twice at 120x40 in a scratch tmux session (the first start leaves the
snapshot, in a scratch XDG_CACHE_HOME), then for each idle time sends `2`, `3`, `1` and
`/`, and prints the milliseconds from sending each key until `capture-pane` shows the
pane's marker. The poller's own delay (a `capture-pane` takes a few milliseconds) is in
the figures: they say "instant" or not, at a size where it shows. With a kept first screen
(since the fourteenth round) the app shows its screen before it has read the store, so
the first key "right after the start" also waits for the rest of the load.
"""
import argparse
import os
import subprocess
import tempfile
import time

# Each key and what only its pane shows (the filter: its line under the title).
KEYS = [("2", lambda s: "people in" in s), ("3", lambda s: "Goals for" in s),
        ("1", lambda s: "sorted by name" in s), ("/", lambda s: s.split("\n")[1].startswith(" /"))]


def capture(session):
    return subprocess.run(["tmux", "capture-pane", "-p", "-t", session], capture_output=True, text=True).stdout


def start(session, command, env):
    subprocess.run(["tmux", "kill-session", "-t", session], stderr=subprocess.DEVNULL)
    subprocess.run(["tmux", "new-session", "-d", "-s", session, "-x", "120", "-y", "40"] + env + command, check=True)
    deadline = time.monotonic() + 30
    while "q quit" not in capture(session):
        if time.monotonic() > deadline:
            raise SystemExit("the app did not start")
        time.sleep(0.05)


def switch_ms(session, key, shown):
    before = capture(session)
    t0 = time.monotonic()
    subprocess.run(["tmux", "send-keys", "-t", session, key], check=True)
    while True:
        screen = capture(session)
        if screen != before and shown(screen):
            return (time.monotonic() - t0) * 1000
        if time.monotonic() - t0 > 10:
            return float("nan")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--store", required=True)
    ap.add_argument("--bin", default=".build/release/carnet")
    ap.add_argument("--idle", type=float, default=6)
    ap.add_argument("--today", default=time.strftime("%Y-%m-%d"))
    args = ap.parse_args()
    session = f"carnet-panes-{os.getpid()}"
    with tempfile.TemporaryDirectory() as cache:
        command = [os.path.abspath(args.bin), "--dir", args.store, "--today", args.today]
        env = ["-e", f"XDG_CACHE_HOME={cache}", "-e", "LANG=C.UTF-8"]
        try:
            start(session, command, env)  # leaves the snapshot
            time.sleep(5)
            for idle in (0, args.idle):
                start(session, command, env)
                time.sleep(idle)
                figures = [f"{key} {switch_ms(session, key, shown):.0f} ms" for key, shown in KEYS]
                print(f"after {idle:g} s idle: " + ", ".join(figures))
        finally:
            subprocess.run(["tmux", "kill-session", "-t", session], stderr=subprocess.DEVNULL)


if __name__ == "__main__":
    main()
