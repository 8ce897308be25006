# RUN: %mojoc run -I %S/Inputs %s | %FileCheck %s
# Conversions between floats and integers of every width, on scalars and
# vectors: fptosi fptoui sitofp uitofp extf truncf extsi extui trunci
# bitcast index_cast.
from floatprint import f64, i64, i32, milli, milli32, bits32, show_i32x4, show_f32x4


fn main():
    var x = __mlir_op.`arith.constant`[value = __mlir_attr.`-3.75 : f64`, _type = __mlir_type.f64]()
    # Toward zero.
    # CHECK: -3 3
    var nx = __mlir_op.`arith.negf`[_type = __mlir_type.f64](x)
    print(i64(__mlir_op.`arith.fptosi`[_type = __mlir_type.i64](x)), i64(__mlir_op.`arith.fptoui`[_type = __mlir_type.i64](nx)))
    # To narrow integers, then widened with sign or zero extension.
    var b8 = __mlir_op.`arith.fptosi`[_type = __mlir_type.i8](x)
    # CHECK-NEXT: -3 253
    print(i64(__mlir_op.`arith.extsi`[_type = __mlir_type.i64](b8)), i64(__mlir_op.`arith.extui`[_type = __mlir_type.i64](b8)))
    # uitofp reads the bits as unsigned: i8 -3 is 253.
    # CHECK-NEXT: -3000 253000
    print(milli(__mlir_op.`arith.sitofp`[_type = __mlir_type.f64](b8)), milli(__mlir_op.`arith.uitofp`[_type = __mlir_type.f64](b8)))
    # trunci keeps the low bits.
    var big = __mlir_op.`arith.constant`[value = __mlir_attr.`4660 : i64`, _type = __mlir_type.i64]()
    # CHECK-NEXT: 52
    print(i64(__mlir_op.`arith.extui`[_type = __mlir_type.i64](__mlir_op.`arith.trunci`[_type = __mlir_type.i8](big))))
    # truncf rounds to nearest: 0.1 is not exact in f32, and extf is exact.
    var tenth = __mlir_op.`arith.constant`[value = __mlir_attr.`0.1 : f64`, _type = __mlir_type.f64]()
    var t32 = __mlir_op.`arith.truncf`[_type = __mlir_type.f32](tenth)
    # CHECK-NEXT: 1036831949 100
    print(bits32(t32), milli(__mlir_op.`arith.extf`[_type = __mlir_type.f64](t32)))
    # bitcast both ways, and index_cast between index and i32.
    var one = __mlir_op.`arith.constant`[value = __mlir_attr.`1065353216 : i32`, _type = __mlir_type.i32]()
    # CHECK-NEXT: 1000
    print(milli32(__mlir_op.`arith.bitcast`[_type = __mlir_type.f32](one)))
    var n = Int(-7)
    # CHECK-NEXT: -7
    print(i32(__mlir_op.`arith.index_cast`[_type = __mlir_type.i32](n.value)))
    # The same conversions lane by lane.
    var v = __mlir_op.`arith.constant`[value = __mlir_attr.`dense<[1.5, -2.5, 300.0, -0.75]> : vector<4xf32>`, _type = __mlir_type.`vector<4xf32>`]()
    var vi = __mlir_op.`arith.fptosi`[_type = __mlir_type.`vector<4xi32>`](v)
    # CHECK-NEXT: 1 -2 300 0
    show_i32x4(vi)
    var v8 = __mlir_op.`arith.trunci`[_type = __mlir_type.`vector<4xi8>`](vi)
    # CHECK-NEXT: 1 254 44 0
    show_i32x4(__mlir_op.`arith.extui`[_type = __mlir_type.`vector<4xi32>`](v8))
    # CHECK-NEXT: 1 -2 44 0
    show_i32x4(__mlir_op.`arith.extsi`[_type = __mlir_type.`vector<4xi32>`](v8))
    # CHECK-NEXT: 1000 254000 44000 0
    show_f32x4(__mlir_op.`arith.uitofp`[_type = __mlir_type.`vector<4xf32>`](v8))
    var vd = __mlir_op.`arith.extf`[_type = __mlir_type.`vector<4xf64>`](v)
    # CHECK-NEXT: 1500 -2500 300000 -750
    show_f32x4(__mlir_op.`arith.truncf`[_type = __mlir_type.`vector<4xf32>`](vd))
    # CHECK-NEXT: 1069547520 -1071644672 1133903872 -1086324736
    show_i32x4(__mlir_op.`arith.bitcast`[_type = __mlir_type.`vector<4xi32>`](v))
    var idx = __mlir_op.`arith.index_cast`[_type = __mlir_type.`vector<4xindex>`](vi)
    # CHECK-NEXT: 1 -2 300 0
    show_i32x4(__mlir_op.`arith.index_cast`[_type = __mlir_type.`vector<4xi32>`](idx))
