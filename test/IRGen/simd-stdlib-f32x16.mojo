# RUN: %mojoc build -O3 --emit=llvm %s -o - | %FileCheck %s
# RUN: %mojoc run %s | %FileCheck %s --check-prefix=OUT
# The stdlib's `SIMD[DType.float32, 16]`: at -O3 its operators, chosen by
# dtype at compile time, are plain LLVM vector instructions on
# <16 x float>, with no call left.

# CHECK-LABEL: define {{.*}}axpy
# CHECK-NOT: call
# CHECK: fmul <16 x float>
# CHECK-NOT: call
# CHECK: fadd <16 x float>
# CHECK-NOT: call
# CHECK: ret <16 x float>
# CHECK-NEXT: }
@no_inline
fn axpy(a: Float32, x: SIMD[DType.float32, 16], y: SIMD[DType.float32, 16]) -> SIMD[DType.float32, 16]:
    return a * x + y


# Integer lanes take the signed integer ops, and a comparison's mask feeds
# `select` in registers: LLVM sees the whole and makes it one vector max.
# CHECK-LABEL: define {{.*}}clamp_negative
# CHECK-NEXT: call <8 x i32> @llvm.smax.v8i32(<8 x i32> %0, <8 x i32> zeroinitializer)
# CHECK-NEXT: ret <8 x i32>
@no_inline
fn clamp_negative(v: SIMD[DType.int32, 8]) -> SIMD[DType.int32, 8]:
    return (v < 0).select(SIMD[DType.int32, 8](0), v)


fn main():
    # Two sets of arguments, so that none is a constant inside `axpy`.
    # OUT: 48.0 80.0
    print(axpy(1.0, 1.0, 2.0).reduce_add(), axpy(2.0, 2.0, 1.0).reduce_add())
    # OUT-NEXT: [0, 0, 0, 0, 0, 0, 0, 0] [3, 3, 3, 3, 3, 3, 3, 3]
    print(clamp_negative(-5), clamp_negative(3))
