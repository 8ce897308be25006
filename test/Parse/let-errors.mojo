# RUN: %not %mojoc parse %s 2>&1 | %FileCheck %s --implicit-check-not=error:
# `let` is reported, then read as `var`.

fn main():
    # CHECK: {{.*}}let-errors.mojo:6:5: error: `let` was removed; use `var`
    let x: Int = 1
    # CHECK: {{.*}}let-errors.mojo:8:5: error: `let` was removed; use `var`
    let y = x
    var z = y
