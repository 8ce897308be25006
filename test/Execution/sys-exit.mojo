# RUN: %not %mojoc run %s > %t.out; %FileCheck %s < %t.out
# RUN: sh -c '%mojoc run %s > /dev/null; test $? -eq 3'
# `mojoc run` exits with the program's own status; output written before
# `exit` is flushed.
import sys


fn main():
    # CHECK: before exit
    print("before exit")
    sys.exit(3)
    # CHECK-NOT: after exit
    print("after exit")
