# RUN: %mojoc run %s | %FileCheck %s
# `shift_left`/`shift_right` move lanes and fill with zeros.

fn main():
    var a = SIMD[DType.int32, 4](1, 2, 3, 4)
    var b = SIMD[DType.int32, 4](5, 6, 7, 8)
    # CHECK: [2, 3, 4, 0]
    print(a.shift_left[1]())
    # CHECK-NEXT: [0, 0, 1, 2]
    print(a.shift_right[2]())
    # CHECK-NEXT: [0, 0, 0, 0]
    print(a.shift_left[4]())
    # CHECK-NEXT: [1, 2, 3, 4]
    print(a.shift_right[0]())
