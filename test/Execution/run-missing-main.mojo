# RUN: %not %mojoc run %s 2>&1 | %FileCheck %s
# `mojoc run` needs a `main` function (unlike `mojoc check`).

# CHECK: error: `{{.*}}run-missing-main.mojo` has no `main` function; an executable needs `fn main()`
fn helper() -> Int:
    return 1
