# RUN: %not %mojoc parse %s 2>&1 | %FileCheck %s --implicit-check-not=error:

fn check(x: Int):
    # CHECK: {{.*}}assert-errors.mojo:5:5: error: the `assert` statement is not supported; use `debug_assert`
    assert x > 0, "positive"
    debug_assert(x > 0, "positive")
