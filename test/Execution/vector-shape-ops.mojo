# RUN: %mojoc run -I %S/Inputs %s | %FileCheck %s
# `vector` ops that build and rearrange vectors: broadcast, splat,
# from_elements, step, extractelement/insertelement (dynamic position),
# extract/insert (static), shuffle, strided slices, interleave,
# deinterleave, bitcast, fma.
from floatprint import show_f32x4, show_i64x4, show_i32x4


fn main():
    var a = __mlir_op.`arith.constant`[value = __mlir_attr.`dense<[1.0, 2.0, 3.0, 4.0]> : vector<4xf32>`, _type = __mlir_type.`vector<4xf32>`]()
    var b = __mlir_op.`arith.constant`[value = __mlir_attr.`dense<[10.0, 20.0, 30.0, 40.0]> : vector<4xf32>`, _type = __mlir_type.`vector<4xf32>`]()
    var x = __mlir_op.`arith.constant`[value = __mlir_attr.`2.5 : f32`, _type = __mlir_type.f32]()
    # CHECK: 2500 2500 2500 2500
    show_f32x4(__mlir_op.`vector.broadcast`[_type = __mlir_type.`vector<4xf32>`](x))
    # CHECK-NEXT: 2500 2500 2500 2500
    show_f32x4(__mlir_op.`vector.splat`[_type = __mlir_type.`vector<4xf32>`](x))
    # CHECK-NEXT: 2500 1000 2500 4000
    show_f32x4(__mlir_op.`vector.from_elements`[_type = __mlir_type.`vector<4xf32>`](x, lane_f(a, 0), x, lane_f(a, 3)))
    # CHECK-NEXT: 0 1 2 3
    show_i64x4(__mlir_op.`arith.index_cast`[_type = __mlir_type.`vector<4xi64>`](__mlir_op.`vector.step`[_type = __mlir_type.`vector<4xindex>`]()))
    # A position computed at run time, in a loop.
    var v = a
    for k in range(4):
        var doubled = __mlir_op.`arith.mulf`[_type = __mlir_type.f32](x, lane_f(v, k))
        v = __mlir_op.`vector.insertelement`[_type = __mlir_type.`vector<4xf32>`](doubled, v, k.value)
    # CHECK-NEXT: 2500 5000 7500 10000
    show_f32x4(v)
    # Static positions.
    var e = __mlir_op.`vector.extract`[static_position = __mlir_attr.`array<i64: 2>`, _type = __mlir_type.f32](b)
    # CHECK-NEXT: 1000 2000 30000 4000
    show_f32x4(__mlir_op.`vector.insert`[static_position = __mlir_attr.`array<i64: 2>`, _type = __mlir_type.`vector<4xf32>`](e, a))
    # Shuffle indexes the concatenation of both operands; it may change
    # the width.
    # CHECK-NEXT: 4000 40000 1000 10000
    show_f32x4(__mlir_op.`vector.shuffle`[mask = __mlir_attr.`[3, 7, 0, 4]`, _type = __mlir_type.`vector<4xf32>`](a, b))
    var wide = __mlir_op.`vector.shuffle`[mask = __mlir_attr.`[0, 1, 2, 3, 4, 5, 6, 7]`, _type = __mlir_type.`vector<8xf32>`](a, b)
    var mid = __mlir_op.`vector.extract_strided_slice`[offsets = __mlir_attr.`[2]`, sizes = __mlir_attr.`[4]`, strides = __mlir_attr.`[1]`, _type = __mlir_type.`vector<4xf32>`](wide)
    # CHECK-NEXT: 3000 4000 10000 20000
    show_f32x4(mid)
    var two = __mlir_op.`vector.extract_strided_slice`[offsets = __mlir_attr.`[0]`, sizes = __mlir_attr.`[2]`, strides = __mlir_attr.`[1]`, _type = __mlir_type.`vector<2xf32>`](b)
    # CHECK-NEXT: 1000 10000 20000 4000
    show_f32x4(__mlir_op.`vector.insert_strided_slice`[offsets = __mlir_attr.`[1]`, strides = __mlir_attr.`[1]`, _type = __mlir_type.`vector<4xf32>`](two, a))
    # interleave then deinterleave gives the operands back.
    var zipped = __mlir_op.`vector.interleave`[_type = __mlir_type.`vector<8xf32>`](a, b)
    var low = __mlir_op.`vector.extract_strided_slice`[offsets = __mlir_attr.`[0]`, sizes = __mlir_attr.`[4]`, strides = __mlir_attr.`[1]`, _type = __mlir_type.`vector<4xf32>`](zipped)
    # CHECK-NEXT: 1000 10000 2000 20000
    show_f32x4(low)
    var evens_odds = __mlir_op.`vector.deinterleave`[_type = (__mlir_type.`vector<4xf32>`, __mlir_type.`vector<4xf32>`)](zipped)
    # CHECK-NEXT: 1000 2000 3000 4000
    show_f32x4(evens_odds[0])
    # CHECK-NEXT: 10000 20000 30000 40000
    show_f32x4(evens_odds[1])
    # bitcast reinterprets the whole vector: one f64 holds two f32.
    var pairs = __mlir_op.`vector.bitcast`[_type = __mlir_type.`vector<2xf64>`](a)
    var back = __mlir_op.`vector.bitcast`[_type = __mlir_type.`vector<4xi32>`](pairs)
    # CHECK-NEXT: 1065353216 1073741824 1077936128 1082130432
    show_i32x4(back)
    # CHECK-NEXT: 20000 60000 120000 200000
    show_f32x4(__mlir_op.`vector.fma`[_type = __mlir_type.`vector<4xf32>`](a, b, b))


fn lane_f(v: __mlir_type.`vector<4xf32>`, k: Int) -> __mlir_type.f32:
    return __mlir_op.`vector.extractelement`[_type = __mlir_type.f32](v, k.value)
