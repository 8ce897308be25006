# RUN: %mojoc build %s -o %t
# RUN: %not %t | %FileCheck %s
# RUN: sh -c '%t > /dev/null; test $? -eq 7'
# A built executable exits with the status given to `sys.exit`, after
# flushing what it printed.

import sys


fn main():
    # CHECK: exiting
    print("exiting")
    sys.exit(7)
    # CHECK-NOT: unreachable
    print("unreachable")
