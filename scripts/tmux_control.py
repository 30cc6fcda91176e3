"""A tmux control-mode client that sees a program's output as tmux receives it, for
scripts/tmux-launch.py and scripts/filter-after-start.py."""
import os
import re
import shlex
import subprocess
import time


def launch(session, command):
    """Starts COMMAND (a program and its arguments, maybe after NAME=value words, as a
    shell would take them) in SESSION's pane, with a control client attached first.
    Returns (client, its output's file descriptor, the start time), or None when the
    client could not attach. The program is started directly (`respawn-pane -e NAME=value
    PROGRAM ARGS...`), not through `sh -c` and `env`: a user's shell forks and runs it
    itself, and a shell and `env` were 2-3 ms of each launch (2026-12-04)."""
    words = shlex.split(command)
    assignments = []
    while words and re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*=.*", words[0]):
        assignments += ["-e", words.pop(0)]
    # tmux hands a command of one word to a shell; every command here has arguments.
    assert len(words) > 1, "a program and its arguments"
    subprocess.run(["tmux", "respawn-pane", "-k", "-t", session, "sleep 100000"], check=True)
    client = subprocess.Popen(["tmux", "-C", "attach", "-t", session],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    out = client.stdout.fileno()
    # Attached once it answers a command.
    send(client, "display-message -p attached")
    pending = b""
    while b"attached\n" not in pending:
        chunk = os.read(out, 1 << 16)
        if not chunk:
            return None
        pending += chunk
    start = time.monotonic()
    subprocess.run(["tmux", "respawn-pane", "-k", "-t", session] + assignments + words, check=True)
    return client, out, start


def send(client, line):
    """A command to tmux through the control client (`send-keys -t SESSION j`)."""
    client.stdin.write((line + "\n").encode())
    client.stdin.flush()


def outputs(out, pending):
    """Reads what the client has (up to 1 MB at once: a byte at a time fell behind on a
    screen), and returns the complete `%output` lines in it and what is left of a line
    still coming; None for the lines when the client has gone."""
    chunk = os.read(out, 1 << 20)
    if not chunk:
        return None, pending
    lines = (pending + chunk).split(b"\n")
    rest = lines.pop()
    return [line for line in lines if line.startswith(b"%output ")], rest
