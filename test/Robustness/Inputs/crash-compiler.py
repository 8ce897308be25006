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

proc = subprocess.Popen([sys.argv[1], "check", "-"], stdin=subprocess.PIPE,
                        stderr=subprocess.PIPE)
time.sleep(0.5)  # let the driver install its handlers and block in read()
proc.send_signal(signal.SIGSEGV)
_, err = proc.communicate(timeout=60)
sys.stdout.write(err.decode(errors="replace"))
