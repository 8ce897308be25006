# RUN: %not %mojoc test --timeout=1 %s | %FileCheck %s
# A test that runs past `--timeout` fails; the next one runs.

# CHECK: FAIL: {{.*}}test-command-timeout.mojo::test_forever
# CHECK-NEXT:     (timed out after 1 seconds)
fn test_forever():
    var i = 0
    while True:
        i += 1

# CHECK-NEXT: PASS: {{.*}}test-command-timeout.mojo::test_quick
fn test_quick():
    pass

# CHECK-NEXT: 1 passed, 1 failed
