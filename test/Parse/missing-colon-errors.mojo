# RUN: %not %mojoc parse %s 2>&1 | %FileCheck %s --implicit-check-not=error:
# A missing `:` is reported where it was expected; the block still parses.

# CHECK: {{.*}}missing-colon-errors.mojo:5:14: error: expected `:` after the function signature, found end of line
fn f() -> Int
    return 1

# CHECK: {{.*}}missing-colon-errors.mojo:9:9: error: expected `:` after `while` condition, found identifier `y`
while x y:
    pass

# CHECK: {{.*}}missing-colon-errors.mojo:13:14: error: expected `:` after the struct header, found `=`
struct Point = 3
