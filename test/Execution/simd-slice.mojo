# RUN: %mojoc run %s | %FileCheck %s
# `slice[width, offset=k]()` takes `width` lanes from lane `k` on.

fn main():
    var a = SIMD[DType.int32, 4](1, 2, 3, 4)
    var b = SIMD[DType.int32, 4](5, 6, 7, 8)
    # CHECK: [2, 3]
    print(a.slice[2, offset=1]())
    # CHECK-NEXT: [1, 2]
    print(a.slice[2]())
    # CHECK-NEXT: 4
    print(a.slice[1, offset=3]())
    # CHECK-NEXT: [1, 2, 3, 4]
    print(a.slice[4]())
