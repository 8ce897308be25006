# RUN: %not %mojoc parse %s 2>&1 | %FileCheck %s --implicit-check-not=error:

fn f():
    # CHECK: {{.*}}annotation-errors.mojo:5:6: error: a type annotation requires `var`; write `var x: ...`
    x: Int = 3
    # CHECK: {{.*}}annotation-errors.mojo:7:13: error: a type annotation applies to a single name; declare each variable separately
    var a, b: Int = 1, 2
