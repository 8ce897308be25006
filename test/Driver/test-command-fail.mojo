# RUN: %not %mojoc test %s | %FileCheck %s
# A failing test prints its output, indented, and how it ended; the others
# still run, and the exit status is 1.
import os
from sys import exit

# CHECK: FAIL: {{.*}}test-command-fail.mojo::test_raises
# CHECK-NEXT:     before the error
# CHECK-NEXT:     Unhandled exception caught during execution: boom
# CHECK-NEXT:     (exited with status 1)
def test_raises():
    print("before the error")
    raise Error("boom")

# CHECK-NEXT: PASS: {{.*}}test-command-fail.mojo::test_passes
fn test_passes():
    pass

# A crash fails only its own test.
# CHECK-NEXT: FAIL: {{.*}}test-command-fail.mojo::test_aborts
# CHECK-NEXT:     ABORT: gave up
# CHECK-NEXT:     (killed by signal 6 ({{.*}}))
fn test_aborts():
    os.abort("gave up")

# CHECK-NEXT: FAIL: {{.*}}test-command-fail.mojo::test_exits
# CHECK-NEXT:     (exited with status 3)
fn test_exits():
    exit(3)

# CHECK-NEXT: PASS: {{.*}}test-command-fail.mojo::test_after_the_failures
fn test_after_the_failures():
    pass

# CHECK-NEXT: 2 passed, 3 failed
