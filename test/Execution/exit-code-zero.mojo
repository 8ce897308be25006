# RUN: %mojoc run %s > %t.out
# RUN: %FileCheck %s < %t.out
# A program that returns normally from `main` exits with status 0 (lit fails
# the first RUN line otherwise), and its buffered output is all written.

fn main():
    for i in range(1000):
        print(i)
    # CHECK: 0
    # CHECK: 999
    print("last line")
    # CHECK-NEXT: last line
