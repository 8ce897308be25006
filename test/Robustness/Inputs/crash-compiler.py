"""Crash a running mojoc on purpose and print what it wrote to stderr.

`mojoc check -` blocks reading its source from stdin, so the compiler is
known to be alive inside its own code when SIGSEGV arrives; the fatal-signal
handler then prints the bug-report message installed by mojoc.cpp.
Usage: crash-compiler.py MOJOC
"""
import signal
import subprocess
import sys
import time


def sleeping(pid):
    """Whether the process is asleep (as in a blocked read()), per /proc."""
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith("State:"):
                    return line.split()[1] == "S"
    except OSError:
        pass
    return False


proc = subprocess.Popen([sys.argv[1], "check", "-"], stdin=subprocess.PIPE,
                        stderr=subprocess.PIPE)
# Let the driver load, install its handlers and block in read(): at least
# half a second, then until it has been asleep for five polls in a row, so
# a loaded machine that is slow to start it is waited for (up to 30 s).
time.sleep(0.5)
asleep = 0
deadline = time.monotonic() + 30
while asleep < 5 and time.monotonic() < deadline:
    asleep = asleep + 1 if sleeping(proc.pid) else 0
    time.sleep(0.1)
proc.send_signal(signal.SIGSEGV)
_, err = proc.communicate(timeout=60)
sys.stdout.write(err.decode(errors="replace"))
