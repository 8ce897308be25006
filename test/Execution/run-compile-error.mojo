# RUN: %not %mojoc run %s 2>&1 | %FileCheck %s
# When the program does not compile, `mojoc run` prints the diagnostic,
# runs nothing, and exits with a failure status.

fn main():
    print("must not run")
    # CHECK: run-compile-error.mojo:[[@LINE+1]]:11: error: use of undeclared name `missing`
    print(missing)
    # CHECK-NOT: must not run
