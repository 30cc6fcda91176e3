#!/usr/bin/env python3
"""Launch time in tmux, for scripts/bench-terminal.sh.

    tmux-launch.py SESSION COMMAND [KEY]

Starts COMMAND in SESSION's pane (respawn-pane) and follows the pane's output through a
control-mode client (`tmux -C`), which reports each chunk as tmux receives it. Once the
output has been quiet for 200 ms, prints the microseconds from the start to the last
chunk (or "timeout" after 20 s).

With KEY (a tmux key name, such as j, or several between spaces, such as "G k", sent at
once), the key is sent as soon as a screen is coming, once
2,000 bytes of the program's output have arrived (sent earlier, before the program turns
the terminal's echo off, the terminal itself could echo it), as a user would press it on
seeing the screen, and the time printed is that of the last output after it: the
program's answer to the key ("timeout" if nothing came after it). The quiet that ends the
wait is then a second, so that a program still loading when the key comes has time to
answer. Read with os.read in large blocks: bash's `read` takes a
pipe one byte at a time, one system call each, and fell ~10 ms behind on a 5 KB screen
with colours, a delay that grew with the screen's size and was the harness's, not the
program's.

COMMAND is a program and its arguments, maybe after NAME=value words, as a shell would
take them: the program is started directly (`respawn-pane -e NAME=value PROGRAM ARGS...`),
not through `sh -c` and `env`. A user's shell forks and runs the program itself; a shell
and `env` started for each launch were 2-3 ms of the harness's own in each measurement
(timestamps at the program's entry, 2026-12-04), for abook as for Carnet.
"""
import re
import select
import sys
import time

import tmux_control


def main():
    session, command = sys.argv[1], sys.argv[2]
    key = sys.argv[3] if len(sys.argv) > 3 else None
    quiet = 1.0 if key else 0.2
    launched = tmux_control.launch(session, command)
    if launched is None:
        print("timeout")
        return
    client, out, start = launched
    last = None
    pending = b""
    received = 0
    answered = key is None
    while True:
        ready, _, _ = select.select([out], [], [], quiet)
        now = time.monotonic()
        if not ready:
            if last is not None:
                break
            if now - start > 20:
                break
            continue
        outputs, pending = tmux_control.outputs(out, pending)
        if outputs is None:
            break
        if outputs:
            last = now
            answered = answered or key is None
            # The program's bytes: tmux writes "%output %PANE " before them and some as \ooo.
            received += sum(len(re.sub(rb"\\[0-7]{3}", b".", line.split(b" ", 2)[2])) for line in outputs)
            if key and received >= 2000:
                tmux_control.send(client, f"send-keys -t {session} {key}")
                key = None
    client.kill()
    client.wait()
    print("timeout" if last is None or not answered else int((last - start) * 1_000_000))


main()
