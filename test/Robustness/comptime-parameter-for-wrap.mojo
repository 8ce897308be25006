# RUN: %limit %mojoc run %s | %FileCheck %s
# `@parameter for` range arithmetic is exact: a step that would carry the
# loop variable past `Int`'s range ends the loop instead of wrapping.

fn main():
    @parameter
    for i in range(0, 9223372036854775807, 4611686018427387904):
        print(i)
    # CHECK: 0
    # CHECK-NEXT: 4611686018427387904
    @parameter
    for i in range(9223372036854775807, -9223372036854775807 - 1, -4611686018427387904):
        print(i)
    # CHECK-NEXT: 9223372036854775807
    # CHECK-NEXT: 4611686018427387903
    # CHECK-NEXT: -1
    # CHECK-NEXT: -4611686018427387905
    print("end")
    # CHECK-NEXT: end
