# RUN: %mojoc run %s | %FileCheck %s
# The lane-by-lane SIMD constructor takes a `VariadicList`, whose count is
# known at run time only: lanes past the values given are 0 and values past
# the width are ignored (Mojo 24.6 checks the count in debug builds only).

fn main():
    # CHECK: [1, 2, 3, 0]
    print(SIMD[DType.int32, 4](1, 2, 3))
    # CHECK-NEXT: [5, 6]
    print(SIMD[DType.int32, 2](5, 6, 7))
    # CHECK-NEXT: [1.5, 2.5, 3.5, 4.5]
    print(SIMD[DType.float32, 4](1.5, 2.5, 3.5, 4.5))
