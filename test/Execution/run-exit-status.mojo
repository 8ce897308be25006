# RUN: %not %mojoc run %s | %FileCheck %s
# RUN: sh -c '%mojoc run %s > /dev/null; test $? -eq 42'
# `mojoc run` exits with the program's own status, also when `sys.exit` is
# called deep inside a helper in the middle of a loop: the iterations before
# it are printed and nothing after it runs.

import sys


fn stop_at(i: Int, limit: Int):
    if i == limit:
        sys.exit(42)

fn main():
    for i in range(10):
        stop_at(i, 3)
        print("iteration", i)
    # CHECK: iteration 0
    # CHECK-NEXT: iteration 1
    # CHECK-NEXT: iteration 2
    # CHECK-NOT: iteration 3
    print("after loop")
    # CHECK-NOT: after loop
