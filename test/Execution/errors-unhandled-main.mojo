# RUN: %not %mojoc run %s 2>&1 | %FileCheck %s
# RUN: sh -c '%mojoc run %s > /dev/null 2>&1; test $? -eq 1'
# RUN: %not %mojoc run %s 2>/dev/null | %FileCheck --check-prefix=STDOUT %s
# An error escaping `main` is reported on standard error and the process
# exits with status 1, after what the program printed.


fn fail() raises:
    raise "boom"


def main():
    # CHECK: before
    # STDOUT: before
    print("before")
    fail()
    # CHECK-NEXT: Unhandled exception caught during execution: boom
    # STDOUT-NOT: Unhandled
    print("after")
    # CHECK-NOT: after
