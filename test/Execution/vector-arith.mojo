# RUN: %mojoc run -I %S/Inputs %s | %FileCheck %s
# `arith` ops lane by lane on vectors of f32, f64, i32 and i64.
from floatprint import show_f32x4, show_f64x4, show_i32x4, show_i64x4


fn main():
    var a = __mlir_op.`arith.constant`[value = __mlir_attr.`dense<[7.5, -7.5, 0.25, 3.0]> : vector<4xf32>`, _type = __mlir_type.`vector<4xf32>`]()
    var b = __mlir_op.`arith.constant`[value = __mlir_attr.`dense<2.0> : vector<4xf32>`, _type = __mlir_type.`vector<4xf32>`]()
    # CHECK: 9500 -5500 2250 5000
    show_f32x4(__mlir_op.`arith.addf`[_type = __mlir_type.`vector<4xf32>`](a, b))
    # CHECK-NEXT: 5500 -9500 -1750 1000
    show_f32x4(__mlir_op.`arith.subf`[_type = __mlir_type.`vector<4xf32>`](a, b))
    # CHECK-NEXT: 15000 -15000 500 6000
    show_f32x4(__mlir_op.`arith.mulf`[_type = __mlir_type.`vector<4xf32>`](a, b))
    # CHECK-NEXT: 3750 -3750 125 1500
    show_f32x4(__mlir_op.`arith.divf`[_type = __mlir_type.`vector<4xf32>`](a, b))
    # CHECK-NEXT: 1500 -1500 250 1000
    show_f32x4(__mlir_op.`arith.remf`[_type = __mlir_type.`vector<4xf32>`](a, b))
    # CHECK-NEXT: -7500 7500 -250 -3000
    show_f32x4(__mlir_op.`arith.negf`[_type = __mlir_type.`vector<4xf32>`](a))
    var d = __mlir_op.`arith.constant`[value = __mlir_attr.`dense<[1.0e300, 1.0, -0.5, 1.0e-300]> : vector<4xf64>`, _type = __mlir_type.`vector<4xf64>`]()
    var e = __mlir_op.`arith.constant`[value = __mlir_attr.`dense<[1.0e-300, 3.0, 4.0, 1.0e300]> : vector<4xf64>`, _type = __mlir_type.`vector<4xf64>`]()
    # f64 lanes keep f64 range and precision.
    # CHECK-NEXT: 1000 3000 -2000 1000
    show_f64x4(__mlir_op.`arith.mulf`[_type = __mlir_type.`vector<4xf64>`](d, e))
    var i = __mlir_op.`arith.constant`[value = __mlir_attr.`dense<[-7, 7, 100, -1]> : vector<4xi32>`, _type = __mlir_type.`vector<4xi32>`]()
    var j = __mlir_op.`arith.constant`[value = __mlir_attr.`dense<[2, -2, 3, 1]> : vector<4xi32>`, _type = __mlir_type.`vector<4xi32>`]()
    # CHECK-NEXT: -5 5 103 0
    show_i32x4(__mlir_op.`arith.addi`[_type = __mlir_type.`vector<4xi32>`](i, j))
    # CHECK-NEXT: -14 -14 300 -1
    show_i32x4(__mlir_op.`arith.muli`[_type = __mlir_type.`vector<4xi32>`](i, j))
    # Signed division truncates; remainders take the dividend's sign.
    # CHECK-NEXT: -3 -3 33 -1
    show_i32x4(__mlir_op.`arith.divsi`[_type = __mlir_type.`vector<4xi32>`](i, j))
    # CHECK-NEXT: -1 1 1 0
    show_i32x4(__mlir_op.`arith.remsi`[_type = __mlir_type.`vector<4xi32>`](i, j))
    var u = __mlir_op.`arith.constant`[value = __mlir_attr.`dense<[-1, 100, 7, 64]> : vector<4xi64>`, _type = __mlir_type.`vector<4xi64>`]()
    var w = __mlir_op.`arith.constant`[value = __mlir_attr.`dense<[2, 7, 7, 3]> : vector<4xi64>`, _type = __mlir_type.`vector<4xi64>`]()
    # Unsigned: -1 is 2**64 - 1.
    # CHECK-NEXT: 9223372036854775807 14 1 21
    show_i64x4(__mlir_op.`arith.divui`[_type = __mlir_type.`vector<4xi64>`](u, w))
    # CHECK-NEXT: 1 2 0 1
    show_i64x4(__mlir_op.`arith.remui`[_type = __mlir_type.`vector<4xi64>`](u, w))
    # CHECK-NEXT: 2 4 7 0
    show_i64x4(__mlir_op.`arith.andi`[_type = __mlir_type.`vector<4xi64>`](u, w))
    # CHECK-NEXT: -1 103 7 67
    show_i64x4(__mlir_op.`arith.ori`[_type = __mlir_type.`vector<4xi64>`](u, w))
    # CHECK-NEXT: -3 99 0 67
    show_i64x4(__mlir_op.`arith.xori`[_type = __mlir_type.`vector<4xi64>`](u, w))
    # CHECK-NEXT: -4 12800 896 512
    show_i64x4(__mlir_op.`arith.shli`[_type = __mlir_type.`vector<4xi64>`](u, w))
    # Arithmetic shifts copy the sign bit; logical shifts bring in zeros.
    # CHECK-NEXT: -1 0 0 8
    show_i64x4(__mlir_op.`arith.shrsi`[_type = __mlir_type.`vector<4xi64>`](u, w))
    # CHECK-NEXT: 4611686018427387903 0 0 8
    show_i64x4(__mlir_op.`arith.shrui`[_type = __mlir_type.`vector<4xi64>`](u, w))
