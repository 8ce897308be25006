"""Printing helpers for the float and vector tests, until floats print.

Every helper converts through integer ops only, so a test's result does
not depend on the op it is testing. `milli` shows three decimals.
"""


fn i64(x: __mlir_type.i64) -> Int:
    return __mlir_op.`arith.index_cast`[_type = __mlir_type.index](x)


fn i32(x: __mlir_type.i32) -> Int:
    return i64(__mlir_op.`arith.extsi`[_type = __mlir_type.i64](x))


fn bit(x: __mlir_type.i1) -> Bool:
    return x


fn f64(x: Int) -> __mlir_type.f64:
    """`x` as an f64, converted exactly for |x| < 2**53."""
    var i = __mlir_op.`arith.index_cast`[_type = __mlir_type.i64](x.value)
    return __mlir_op.`arith.sitofp`[_type = __mlir_type.f64](i)


fn f32(x: Int) -> __mlir_type.f32:
    var i = __mlir_op.`arith.index_cast`[_type = __mlir_type.i64](x.value)
    return __mlir_op.`arith.sitofp`[_type = __mlir_type.f32](i)


fn trunc64(x: __mlir_type.f64) -> Int:
    """`x` truncated toward zero."""
    return i64(__mlir_op.`arith.fptosi`[_type = __mlir_type.i64](x))


fn milli(x: __mlir_type.f64) -> Int:
    """`x * 1000` truncated toward zero."""
    var k = __mlir_op.`arith.constant`[value = __mlir_attr.`1000.0 : f64`, _type = __mlir_type.f64]()
    return trunc64(__mlir_op.`arith.mulf`[_type = __mlir_type.f64](x, k))


fn milli32(x: __mlir_type.f32) -> Int:
    return milli(__mlir_op.`arith.extf`[_type = __mlir_type.f64](x))


fn bits64(x: __mlir_type.f64) -> Int:
    return i64(__mlir_op.`arith.bitcast`[_type = __mlir_type.i64](x))


fn bits32(x: __mlir_type.f32) -> Int:
    return i32(__mlir_op.`arith.bitcast`[_type = __mlir_type.i32](x))


fn lane_f32(v: __mlir_type.`vector<4xf32>`, k: Int) -> __mlir_type.f32:
    return __mlir_op.`vector.extractelement`[_type = __mlir_type.f32](v, k.value)


fn show_f32x4(v: __mlir_type.`vector<4xf32>`):
    """The four lanes, in thousandths."""
    print(milli32(lane_f32(v, 0)), milli32(lane_f32(v, 1)), milli32(lane_f32(v, 2)), milli32(lane_f32(v, 3)))


fn lane_f64(v: __mlir_type.`vector<4xf64>`, k: Int) -> __mlir_type.f64:
    return __mlir_op.`vector.extractelement`[_type = __mlir_type.f64](v, k.value)


fn show_f64x4(v: __mlir_type.`vector<4xf64>`):
    print(milli(lane_f64(v, 0)), milli(lane_f64(v, 1)), milli(lane_f64(v, 2)), milli(lane_f64(v, 3)))


fn lane_i64(v: __mlir_type.`vector<4xi64>`, k: Int) -> Int:
    return i64(__mlir_op.`vector.extractelement`[_type = __mlir_type.i64](v, k.value))


fn show_i64x4(v: __mlir_type.`vector<4xi64>`):
    print(lane_i64(v, 0), lane_i64(v, 1), lane_i64(v, 2), lane_i64(v, 3))


fn lane_i32(v: __mlir_type.`vector<4xi32>`, k: Int) -> Int:
    return i32(__mlir_op.`vector.extractelement`[_type = __mlir_type.i32](v, k.value))


fn show_i32x4(v: __mlir_type.`vector<4xi32>`):
    print(lane_i32(v, 0), lane_i32(v, 1), lane_i32(v, 2), lane_i32(v, 3))


fn lane_i1(v: __mlir_type.`vector<4xi1>`, k: Int) -> Bool:
    return __mlir_op.`vector.extractelement`[_type = __mlir_type.i1](v, k.value)


fn show_i1x4(v: __mlir_type.`vector<4xi1>`):
    print(lane_i1(v, 0), lane_i1(v, 1), lane_i1(v, 2), lane_i1(v, 3))
