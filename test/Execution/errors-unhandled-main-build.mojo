# RUN: %mojoc build %s -o %t
# RUN: %not %t 2>&1 | %FileCheck %s
# RUN: sh -c '%t > /dev/null 2>&1; test $? -eq 1'
# A built executable whose `fn main() raises` lets an error escape prints
# it on standard error and exits with status 1.


fn main() raises:
    # CHECK: working
    print("working")
    raise "boom"
    # CHECK-NEXT: Unhandled exception caught during execution: boom
