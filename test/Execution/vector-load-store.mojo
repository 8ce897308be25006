# RUN: %mojoc run -I %S/Inputs %s | %FileCheck %s
# Vectors read and written through pointers with the LLVM dialect, as a
# stdlib's `SIMD.load`/`store` would: element-aligned (unaligned for the
# vector) llvm.load/llvm.store, a gather of scattered lanes by
# getelementptr, and masked loads and stores that touch only some lanes.
from floatprint import show_f32x4


fn main():
    var n = __mlir_op.`arith.constant`[value = __mlir_attr.`16 : i64`, _type = __mlir_type.i64]()
    var buf = __mlir_op.`llvm.alloca`[elem_type = __mlir_attr.f32, alignment = __mlir_attr.`4 : i64`, _type = __mlir_type.`!llvm.ptr`](n)
    # Fill buf[k] = k, one float at a time.
    for k in range(16):
        var ki = __mlir_op.`arith.index_cast`[_type = __mlir_type.i64](k.value)
        var p = __mlir_op.`llvm.getelementptr`[elem_type = __mlir_attr.f32, rawConstantIndices = __mlir_attr.`array<i32: -2147483648>`, _type = __mlir_type.`!llvm.ptr`](buf, ki)
        __mlir_op.`llvm.store`[alignment = __mlir_attr.`4 : i64`](__mlir_op.`arith.sitofp`[_type = __mlir_type.f32](ki), p)
    # A vector load at an offset of 1 float: aligned to 4 bytes only.
    var one = __mlir_op.`arith.constant`[value = __mlir_attr.`1 : i64`, _type = __mlir_type.i64]()
    var p1 = __mlir_op.`llvm.getelementptr`[elem_type = __mlir_attr.f32, rawConstantIndices = __mlir_attr.`array<i32: -2147483648>`, _type = __mlir_type.`!llvm.ptr`](buf, one)
    var v = __mlir_op.`llvm.load`[alignment = __mlir_attr.`4 : i64`, _type = __mlir_type.`vector<4xf32>`](p1)
    # CHECK: 1000 2000 3000 4000
    show_f32x4(v)
    # Stored back doubled at the same place.
    var twice = __mlir_op.`arith.addf`[_type = __mlir_type.`vector<4xf32>`](v, v)
    __mlir_op.`llvm.store`[alignment = __mlir_attr.`4 : i64`](twice, p1)
    var v0 = __mlir_op.`llvm.load`[alignment = __mlir_attr.`4 : i64`, _type = __mlir_type.`vector<4xf32>`](buf)
    # CHECK-NEXT: 0 2000 4000 6000
    show_f32x4(v0)
    # A masked load: lanes off the mask come from the pass-through value.
    var mask = __mlir_op.`arith.constant`[value = __mlir_attr.`dense<[true, false, true, false]> : vector<4xi1>`, _type = __mlir_type.`vector<4xi1>`]()
    var minus = __mlir_op.`arith.constant`[value = __mlir_attr.`dense<-1.0> : vector<4xf32>`, _type = __mlir_type.`vector<4xf32>`]()
    # CHECK-NEXT: 0 -1000 4000 -1000
    show_f32x4(__mlir_op.`llvm.intr.masked.load`[alignment = __mlir_attr.`4 : i32`, _type = __mlir_type.`vector<4xf32>`](buf, mask, minus))
    # A masked store writes only the lanes on the mask.
    __mlir_op.`llvm.intr.masked.store`[alignment = __mlir_attr.`4 : i32`](minus, buf, mask)
    # CHECK-NEXT: -1000 2000 -1000 6000
    show_f32x4(__mlir_op.`llvm.load`[alignment = __mlir_attr.`4 : i64`, _type = __mlir_type.`vector<4xf32>`](buf))
    # A gather of lanes 0, 5, 10, 15 through a vector of pointers.
    var offsets = __mlir_op.`arith.constant`[value = __mlir_attr.`dense<[0, 5, 10, 15]> : vector<4xi64>`, _type = __mlir_type.`vector<4xi64>`]()
    # (A vector of pointers has no memory layout in MLIR 19, so it is used
    # within the expression, never held in a variable.)
    var all = __mlir_op.`arith.constant`[value = __mlir_attr.`dense<true> : vector<4xi1>`, _type = __mlir_type.`vector<4xi1>`]()
    # CHECK-NEXT: -1000 5000 10000 15000
    show_f32x4(__mlir_op.`llvm.intr.masked.gather`[alignment = __mlir_attr.`4 : i32`, _type = __mlir_type.`vector<4xf32>`](__mlir_op.`llvm.getelementptr`[elem_type = __mlir_attr.f32, rawConstantIndices = __mlir_attr.`array<i32: -2147483648>`, _type = __mlir_type.`!llvm.vec<4 x ptr>`](buf, offsets), all, minus))
