# RUN: %mojoc test %s | %FileCheck %s
# Each `test_*` function taking no arguments runs, in source order; a
# passing test's output is not shown.

fn double(x: Int) -> Int:
    return x * 2

# CHECK: PASS: {{.*}}test-command-pass.mojo::test_plain_fn
fn test_plain_fn():
    print("not shown")

# CHECK-NEXT: PASS: {{.*}}test-command-pass.mojo::test_raising_fn
fn test_raising_fn() raises:
    if double(2) != 4:
        raise "wrong"

# CHECK-NEXT: PASS: {{.*}}test-command-pass.mojo::test_def
def test_def():
    x = double(3)
    if x != 6:
        raise Error("wrong")

fn helper_not_a_test():
    print("never runs")

# CHECK-NEXT: 3 passed, 0 failed
# CHECK-NOT: not shown
# CHECK-NOT: never runs
