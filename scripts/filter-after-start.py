#!/usr/bin/env python3
"""The first letter typed in the filter right after a start, in tmux.

    filter-after-start.py SESSION COMMAND [DELAY]

Starts COMMAND in SESSION's pane (respawn-pane, as scripts/tmux-launch.py does), sends
`/` once a screen is coming (2,000 bytes of output), then `m` DELAY seconds later (0.3 by
default: a hand opening the filter and typing, within the session's first second, before
an idle second has prepared anything), and prints the milliseconds from sending `m` to
the last output after it (quiet for a second), or "timeout". The app folds every
person's search keys for the filter's first letter; since the nineteenth round it does so
as soon as the filter line is open and no key waits (docs/benchmarks.md).
"""
import select
import sys
import time

import tmux_control


def main():
    session, command = sys.argv[1], sys.argv[2]
    delay = float(sys.argv[3]) if len(sys.argv) > 3 else 0.3
    launched = tmux_control.launch(session, command)
    if launched is None:
        print("timeout")
        return
    client, out, start = launched

    def send(key):
        tmux_control.send(client, f"send-keys -t {session} {key}")

    received, slash_at, letter_at, last, pending = 0, None, None, None, b""
    while True:
        ready, _, _ = select.select([out], [], [], 1.0 if letter_at else 0.01)
        now = time.monotonic()
        if slash_at and not letter_at and now - slash_at >= delay:
            send("m")
            letter_at = now
            continue
        if not ready:
            if (letter_at and last) or now - start > 20:
                break
            continue
        outputs, pending = tmux_control.outputs(out, pending)
        if outputs is None:
            break
        if outputs:
            received += sum(len(line) for line in outputs)
            if letter_at:
                last = now
            if not slash_at and received >= 2000:
                send("/")
                slash_at = now
    client.kill()
    client.wait()
    print("timeout" if last is None else "%.1f" % ((last - letter_at) * 1000))


main()
