# `build` and `run` reject an error in a function nothing calls, as `check`
# does.
# RUN: %not %limit %mojoc build %s -o %t.exe 2>&1 | %FileCheck %s
# RUN: %not %limit %mojoc run %s 2>&1 | %FileCheck %s
# RUN: %not %limit %mojoc check %s 2>&1 | %FileCheck %s

# CHECK: driver-build-checks-uncalled.mojo:[[@LINE+2]]:12: error: use of undeclared name `undefined_name`
fn never_called() -> Int:
    return undefined_name


fn main():
    print("main does not call never_called")
