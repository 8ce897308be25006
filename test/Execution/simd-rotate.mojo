# RUN: %mojoc run %s | %FileCheck %s
# `rotate_left`/`rotate_right`: lanes move around; a negative shift turns the other way.

fn main():
    var a = SIMD[DType.int32, 4](1, 2, 3, 4)
    var b = SIMD[DType.int32, 4](5, 6, 7, 8)
    # CHECK: [2, 3, 4, 1]
    print(a.rotate_left[1]())
    # CHECK-NEXT: [4, 1, 2, 3]
    print(a.rotate_right[1]())
    # CHECK-NEXT: [4, 1, 2, 3]
    print(a.rotate_left[-1]())
    # CHECK-NEXT: [1, 2, 3, 4]
    print(a.rotate_left[4]())
    # CHECK-NEXT: [3, 4, 1, 2]
    print(a.rotate_right[-2]())
