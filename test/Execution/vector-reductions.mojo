# RUN: %mojoc run -I %S/Inputs %s | %FileCheck %s
# `vector.reduction` with every kind, on vectors of floats and integers,
# with and without an accumulator.
from floatprint import i64, milli32, bits32, bit


fn reduce_f[kind: Int](v: __mlir_type.`vector<8xf32>`) -> Int:
    var r: __mlir_type.f32
    @parameter
    if kind == 0:
        r = __mlir_op.`vector.reduction`[kind = __mlir_attr.`#vector.kind<add>`, _type = __mlir_type.f32](v)
    elif kind == 1:
        r = __mlir_op.`vector.reduction`[kind = __mlir_attr.`#vector.kind<mul>`, _type = __mlir_type.f32](v)
    elif kind == 2:
        r = __mlir_op.`vector.reduction`[kind = __mlir_attr.`#vector.kind<minimumf>`, _type = __mlir_type.f32](v)
    elif kind == 3:
        r = __mlir_op.`vector.reduction`[kind = __mlir_attr.`#vector.kind<maximumf>`, _type = __mlir_type.f32](v)
    elif kind == 4:
        r = __mlir_op.`vector.reduction`[kind = __mlir_attr.`#vector.kind<minnumf>`, _type = __mlir_type.f32](v)
    else:
        r = __mlir_op.`vector.reduction`[kind = __mlir_attr.`#vector.kind<maxnumf>`, _type = __mlir_type.f32](v)
    return milli32(r)


fn reduce_i[kind: Int](v: __mlir_type.`vector<8xi64>`) -> Int:
    var r: __mlir_type.i64
    @parameter
    if kind == 0:
        r = __mlir_op.`vector.reduction`[kind = __mlir_attr.`#vector.kind<add>`, _type = __mlir_type.i64](v)
    elif kind == 1:
        r = __mlir_op.`vector.reduction`[kind = __mlir_attr.`#vector.kind<mul>`, _type = __mlir_type.i64](v)
    elif kind == 2:
        r = __mlir_op.`vector.reduction`[kind = __mlir_attr.`#vector.kind<minsi>`, _type = __mlir_type.i64](v)
    elif kind == 3:
        r = __mlir_op.`vector.reduction`[kind = __mlir_attr.`#vector.kind<maxsi>`, _type = __mlir_type.i64](v)
    elif kind == 4:
        r = __mlir_op.`vector.reduction`[kind = __mlir_attr.`#vector.kind<minui>`, _type = __mlir_type.i64](v)
    elif kind == 5:
        r = __mlir_op.`vector.reduction`[kind = __mlir_attr.`#vector.kind<maxui>`, _type = __mlir_type.i64](v)
    elif kind == 6:
        r = __mlir_op.`vector.reduction`[kind = __mlir_attr.`#vector.kind<and>`, _type = __mlir_type.i64](v)
    elif kind == 7:
        r = __mlir_op.`vector.reduction`[kind = __mlir_attr.`#vector.kind<or>`, _type = __mlir_type.i64](v)
    else:
        r = __mlir_op.`vector.reduction`[kind = __mlir_attr.`#vector.kind<xor>`, _type = __mlir_type.i64](v)
    return i64(r)


fn main():
    var f = __mlir_op.`arith.constant`[value = __mlir_attr.`dense<[1.5, -2.0, 0.5, 4.0, 1.0, 2.0, 0.25, 8.0]> : vector<8xf32>`, _type = __mlir_type.`vector<8xf32>`]()
    # add mul minimumf maximumf minnumf maxnumf
    # CHECK: 15250 -24000 -2000 8000 -2000 8000
    print(reduce_f[0](f), reduce_f[1](f), reduce_f[2](f), reduce_f[3](f), reduce_f[4](f), reduce_f[5](f))
    # With a NaN lane: minimumf/maximumf give the NaN (shown by its bits),
    # minnumf/maxnumf ignore it.
    var g = __mlir_op.`vector.insertelement`[_type = __mlir_type.`vector<8xf32>`](__mlir_op.`arith.constant`[value = __mlir_attr.`0x7FC00000 : f32`, _type = __mlir_type.f32](), f, Int(3).value)
    var mx = __mlir_op.`vector.reduction`[kind = __mlir_attr.`#vector.kind<maximumf>`, _type = __mlir_type.f32](g)
    # CHECK-NEXT: True 8000
    print(bit(__mlir_op.`arith.cmpf`[predicate = __mlir_attr.`14 : i64`, _type = __mlir_type.i1](mx, mx)), reduce_f[5](g))
    # The sum of negative zeros is a negative zero.
    var nz = __mlir_op.`arith.constant`[value = __mlir_attr.`dense<-0.0> : vector<8xf32>`, _type = __mlir_type.`vector<8xf32>`]()
    # CHECK-NEXT: -2147483648
    print(bits32(__mlir_op.`vector.reduction`[kind = __mlir_attr.`#vector.kind<add>`, _type = __mlir_type.f32](nz)))
    # An accumulator is combined with the lanes.
    var acc = __mlir_op.`arith.constant`[value = __mlir_attr.`100.0 : f32`, _type = __mlir_type.f32]()
    # CHECK-NEXT: 115250
    print(milli32(__mlir_op.`vector.reduction`[kind = __mlir_attr.`#vector.kind<add>`, _type = __mlir_type.f32](f, acc)))
    var n = __mlir_op.`arith.constant`[value = __mlir_attr.`dense<[3, -1, 12, 5, 6, 7, 1, 2]> : vector<8xi64>`, _type = __mlir_type.`vector<8xi64>`]()
    # add mul minsi maxsi minui maxui and or xor
    # CHECK-NEXT: 35 -15120 -1 12 1 -1 0 -1 -9
    print(reduce_i[0](n), reduce_i[1](n), reduce_i[2](n), reduce_i[3](n), reduce_i[4](n), reduce_i[5](n), reduce_i[6](n), reduce_i[7](n), reduce_i[8](n))
    # An i1 vector: or is "any", and is "all".
    var m = __mlir_op.`arith.constant`[value = __mlir_attr.`dense<[false, true, false, false]> : vector<4xi1>`, _type = __mlir_type.`vector<4xi1>`]()
    # CHECK-NEXT: True False
    print(bit(__mlir_op.`vector.reduction`[kind = __mlir_attr.`#vector.kind<or>`, _type = __mlir_type.i1](m)), bit(__mlir_op.`vector.reduction`[kind = __mlir_attr.`#vector.kind<and>`, _type = __mlir_type.i1](m)))
