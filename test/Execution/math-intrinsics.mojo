# RUN: %mojoc run -I %S/Inputs %s | %FileCheck %s
# `math` ops that become LLVM intrinsics (MathToLLVM), on f64, f32 and
# vectors: results in thousandths, truncated.
from floatprint import f64, i64, i32, milli, milli32, show_f32x4, show_i32x4


fn main():
    # CHECK: 1414
    print(milli(__mlir_op.`math.sqrt`[_type = __mlir_type.f64](__mlir_op.`arith.constant`[value = __mlir_attr.`2.0 : f64`, _type = __mlir_type.f64]())))  # sqrt(2.0)
    # CHECK-NEXT: 4481
    print(milli(__mlir_op.`math.exp`[_type = __mlir_type.f64](__mlir_op.`arith.constant`[value = __mlir_attr.`1.5 : f64`, _type = __mlir_type.f64]())))  # exp(1.5)
    # CHECK-NEXT: 11313
    print(milli(__mlir_op.`math.exp2`[_type = __mlir_type.f64](__mlir_op.`arith.constant`[value = __mlir_attr.`3.5 : f64`, _type = __mlir_type.f64]())))  # exp2(3.5)
    # CHECK-NEXT: 2302
    print(milli(__mlir_op.`math.log`[_type = __mlir_type.f64](__mlir_op.`arith.constant`[value = __mlir_attr.`10.0 : f64`, _type = __mlir_type.f64]())))  # log(10.0)
    # CHECK-NEXT: 3321
    print(milli(__mlir_op.`math.log2`[_type = __mlir_type.f64](__mlir_op.`arith.constant`[value = __mlir_attr.`10.0 : f64`, _type = __mlir_type.f64]())))  # log2(10.0)
    # CHECK-NEXT: 3301
    print(milli(__mlir_op.`math.log10`[_type = __mlir_type.f64](__mlir_op.`arith.constant`[value = __mlir_attr.`2000.0 : f64`, _type = __mlir_type.f64]())))  # log10(2000.0)
    # CHECK-NEXT: 841
    print(milli(__mlir_op.`math.sin`[_type = __mlir_type.f64](__mlir_op.`arith.constant`[value = __mlir_attr.`1.0 : f64`, _type = __mlir_type.f64]())))  # sin(1.0)
    # CHECK-NEXT: 540
    print(milli(__mlir_op.`math.cos`[_type = __mlir_type.f64](__mlir_op.`arith.constant`[value = __mlir_attr.`1.0 : f64`, _type = __mlir_type.f64]())))  # cos(1.0)
    # CHECK-NEXT: -3000
    print(milli(__mlir_op.`math.floor`[_type = __mlir_type.f64](__mlir_op.`arith.constant`[value = __mlir_attr.`-2.5 : f64`, _type = __mlir_type.f64]())))  # floor(-2.5)
    # CHECK-NEXT: -2000
    print(milli(__mlir_op.`math.ceil`[_type = __mlir_type.f64](__mlir_op.`arith.constant`[value = __mlir_attr.`-2.5 : f64`, _type = __mlir_type.f64]())))  # ceil(-2.5)
    # CHECK-NEXT: -3000
    print(milli(__mlir_op.`math.round`[_type = __mlir_type.f64](__mlir_op.`arith.constant`[value = __mlir_attr.`-2.5 : f64`, _type = __mlir_type.f64]())))  # round(-2.5)
    # CHECK-NEXT: -2000
    print(milli(__mlir_op.`math.roundeven`[_type = __mlir_type.f64](__mlir_op.`arith.constant`[value = __mlir_attr.`-2.5 : f64`, _type = __mlir_type.f64]())))  # roundeven(-2.5)
    # CHECK-NEXT: -2000
    print(milli(__mlir_op.`math.trunc`[_type = __mlir_type.f64](__mlir_op.`arith.constant`[value = __mlir_attr.`-2.5 : f64`, _type = __mlir_type.f64]())))  # trunc(-2.5)
    # CHECK-NEXT: 2500
    print(milli(__mlir_op.`math.absf`[_type = __mlir_type.f64](__mlir_op.`arith.constant`[value = __mlir_attr.`-2.5 : f64`, _type = __mlir_type.f64]())))  # absf(-2.5)
    # CHECK-NEXT: 500
    print(milli(__mlir_op.`math.rsqrt`[_type = __mlir_type.f64](__mlir_op.`arith.constant`[value = __mlir_attr.`4.0 : f64`, _type = __mlir_type.f64]())))  # rsqrt(4.0)
    var x = __mlir_op.`arith.constant`[value = __mlir_attr.`2.5 : f64`, _type = __mlir_type.f64]()
    var y = __mlir_op.`arith.constant`[value = __mlir_attr.`-1.5 : f64`, _type = __mlir_type.f64]()
    # fma, powf, copysign, fpowi.
    # CHECK-NEXT: -1250 252 -2500 15625
    var three = __mlir_op.`arith.constant`[value = __mlir_attr.`3 : i32`, _type = __mlir_type.i32]()
    print(milli(__mlir_op.`math.fma`[_type = __mlir_type.f64](x, y, x)), milli(__mlir_op.`math.powf`[_type = __mlir_type.f64](x, y)), milli(__mlir_op.`math.copysign`[_type = __mlir_type.f64](x, y)), milli(__mlir_op.`math.fpowi`[_type = __mlir_type.f64](x, three)))
    # Integer math: absi, ctpop, ctlz, cttz, ipowi.
    var n = __mlir_op.`arith.constant`[value = __mlir_attr.`-40 : i32`, _type = __mlir_type.i32]()
    var m = __mlir_op.`arith.constant`[value = __mlir_attr.`40 : i32`, _type = __mlir_type.i32]()
    # CHECK-NEXT: 40 2 26 3 27
    print(i32(__mlir_op.`math.absi`[_type = __mlir_type.i32](n)), i32(__mlir_op.`math.ctpop`[_type = __mlir_type.i32](m)), i32(__mlir_op.`math.ctlz`[_type = __mlir_type.i32](m)), i32(__mlir_op.`math.cttz`[_type = __mlir_type.i32](m)), i32(__mlir_op.`math.ipowi`[_type = __mlir_type.i32](three, three)))
    # The same on vectors of f32 and i32.
    var v = __mlir_op.`arith.constant`[value = __mlir_attr.`dense<[0.25, 2.0, 9.0, 100.0]> : vector<4xf32>`, _type = __mlir_type.`vector<4xf32>`]()
    # CHECK-NEXT: 500 1414 3000 10000
    show_f32x4(__mlir_op.`math.sqrt`[_type = __mlir_type.`vector<4xf32>`](v))
    # CHECK-NEXT: -1386 693 2197 4605
    show_f32x4(__mlir_op.`math.log`[_type = __mlir_type.`vector<4xf32>`](v))
    # CHECK-NEXT: 0 2000 9000 100000
    show_f32x4(__mlir_op.`math.floor`[_type = __mlir_type.`vector<4xf32>`](v))
    # CHECK-NEXT: 500 4000 18000 200000
    show_f32x4(__mlir_op.`math.fma`[_type = __mlir_type.`vector<4xf32>`](v, __mlir_op.`arith.constant`[value = __mlir_attr.`dense<1.0> : vector<4xf32>`, _type = __mlir_type.`vector<4xf32>`](), v))
    var w = __mlir_op.`arith.constant`[value = __mlir_attr.`dense<[1, 255, -8, 65536]> : vector<4xi32>`, _type = __mlir_type.`vector<4xi32>`]()
    # CHECK-NEXT: 1 8 29 1
    show_i32x4(__mlir_op.`math.ctpop`[_type = __mlir_type.`vector<4xi32>`](w))
    # CHECK-NEXT: 31 24 0 15
    show_i32x4(__mlir_op.`math.ctlz`[_type = __mlir_type.`vector<4xi32>`](w))
    # CHECK-NEXT: 1 255 8 65536
    show_i32x4(__mlir_op.`math.absi`[_type = __mlir_type.`vector<4xi32>`](w))
    # Zero has as many leading and trailing zeros as bits (not poison), and
    # the most negative integer is its own absolute value.
    var edge = __mlir_op.`arith.constant`[value = __mlir_attr.`dense<[0, 1, -2147483648, 8]> : vector<4xi32>`, _type = __mlir_type.`vector<4xi32>`]()
    # CHECK-NEXT: 32 31 0 28
    show_i32x4(__mlir_op.`math.ctlz`[_type = __mlir_type.`vector<4xi32>`](edge))
    # CHECK-NEXT: 32 0 31 3
    show_i32x4(__mlir_op.`math.cttz`[_type = __mlir_type.`vector<4xi32>`](edge))
    # CHECK-NEXT: 0 1 -2147483648 8
    show_i32x4(__mlir_op.`math.absi`[_type = __mlir_type.`vector<4xi32>`](edge))
