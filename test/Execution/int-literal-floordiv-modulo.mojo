# RUN: %mojoc run %s | %FileCheck %s
# The same floor semantics hold for integer literals folded at compile time.

fn main():
    # CHECK: 3 -4 -4 3
    print(7 // 2, -7 // 2, 7 // -2, -7 // -2)
    # CHECK-NEXT: 1 2 -2 -1
    print(7 % 3, -7 % 3, 7 % -3, -7 % -3)
