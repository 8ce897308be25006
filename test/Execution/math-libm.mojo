# RUN: %mojoc run -I %S/Inputs %s | %FileCheck %s
# RUN: %mojoc build -I %S/Inputs %s -o %t && %t | %FileCheck %s
# `math` ops with no LLVM intrinsic become libm calls (MathToLibm), which
# the JIT resolves from the process and `mojoc build` links (-lm); on
# vectors one call per lane; on f16 and bf16 through f32. expm1 and
# log1p are libm's too, exact for tiny arguments (exp(x) - 1 is not).
from floatprint import f64, i64, milli, milli32, show_f32x4


fn main():
    # CHECK: 1557
    print(milli(__mlir_op.`math.tan`[_type = __mlir_type.f64](__mlir_op.`arith.constant`[value = __mlir_attr.`1.0 : f64`, _type = __mlir_type.f64]())))  # tan(1.0)
    # CHECK-NEXT: 1107
    print(milli(__mlir_op.`math.atan`[_type = __mlir_type.f64](__mlir_op.`arith.constant`[value = __mlir_attr.`2.0 : f64`, _type = __mlir_type.f64]())))  # atan(2.0)
    # CHECK-NEXT: 462
    print(milli(__mlir_op.`math.tanh`[_type = __mlir_type.f64](__mlir_op.`arith.constant`[value = __mlir_attr.`0.5 : f64`, _type = __mlir_type.f64]())))  # tanh(0.5)
    # CHECK-NEXT: 520
    print(milli(__mlir_op.`math.erf`[_type = __mlir_type.f64](__mlir_op.`arith.constant`[value = __mlir_attr.`0.5 : f64`, _type = __mlir_type.f64]())))  # erf(0.5)
    # CHECK-NEXT: -3000
    print(milli(__mlir_op.`math.cbrt`[_type = __mlir_type.f64](__mlir_op.`arith.constant`[value = __mlir_attr.`-27.0 : f64`, _type = __mlir_type.f64]())))  # cbrt(-27.0)
    # CHECK-NEXT: 1175
    print(milli(__mlir_op.`math.sinh`[_type = __mlir_type.f64](__mlir_op.`arith.constant`[value = __mlir_attr.`1.0 : f64`, _type = __mlir_type.f64]())))  # sinh(1.0)
    # CHECK-NEXT: 1543
    print(milli(__mlir_op.`math.cosh`[_type = __mlir_type.f64](__mlir_op.`arith.constant`[value = __mlir_attr.`1.0 : f64`, _type = __mlir_type.f64]())))  # cosh(1.0)
    # CHECK-NEXT: 523
    print(milli(__mlir_op.`math.asin`[_type = __mlir_type.f64](__mlir_op.`arith.constant`[value = __mlir_attr.`0.5 : f64`, _type = __mlir_type.f64]())))  # asin(0.5)
    # CHECK-NEXT: 1047
    print(milli(__mlir_op.`math.acos`[_type = __mlir_type.f64](__mlir_op.`arith.constant`[value = __mlir_attr.`0.5 : f64`, _type = __mlir_type.f64]())))  # acos(0.5)
    # CHECK-NEXT: 881
    print(milli(__mlir_op.`math.asinh`[_type = __mlir_type.f64](__mlir_op.`arith.constant`[value = __mlir_attr.`1.0 : f64`, _type = __mlir_type.f64]())))  # asinh(1.0)
    # CHECK-NEXT: 1316
    print(milli(__mlir_op.`math.acosh`[_type = __mlir_type.f64](__mlir_op.`arith.constant`[value = __mlir_attr.`2.0 : f64`, _type = __mlir_type.f64]())))  # acosh(2.0)
    # CHECK-NEXT: 549
    print(milli(__mlir_op.`math.atanh`[_type = __mlir_type.f64](__mlir_op.`arith.constant`[value = __mlir_attr.`0.5 : f64`, _type = __mlir_type.f64]())))  # atanh(0.5)
    var y = __mlir_op.`arith.constant`[value = __mlir_attr.`1.0 : f64`, _type = __mlir_type.f64]()
    var x = __mlir_op.`arith.constant`[value = __mlir_attr.`-1.0 : f64`, _type = __mlir_type.f64]()
    # CHECK-NEXT: 2356
    print(milli(__mlir_op.`math.atan2`[_type = __mlir_type.f64](y, x)))
    # expm1(1e-10) * 1e16 and log1p(1e-10) * 1e16 are 1e6 + 5e-5 and
    # 1e6 - 5e-5, where exp(x) - 1 and log(1 + x) give about 1e6 + 0.0827.
    var tiny = __mlir_op.`arith.constant`[value = __mlir_attr.`1.0e-10 : f64`, _type = __mlir_type.f64]()
    var scale = __mlir_op.`arith.constant`[value = __mlir_attr.`1.0e16 : f64`, _type = __mlir_type.f64]()
    var e = __mlir_op.`arith.mulf`[_type = __mlir_type.f64](__mlir_op.`math.expm1`[_type = __mlir_type.f64](tiny), scale)
    var l = __mlir_op.`arith.mulf`[_type = __mlir_type.f64](__mlir_op.`math.log1p`[_type = __mlir_type.f64](tiny), scale)
    # CHECK-NEXT: 1000000000 999999999
    print(milli(e), milli(l))
    # Per lane on a vector of f32.
    var v = __mlir_op.`arith.constant`[value = __mlir_attr.`dense<[0.0, 0.5, 1.0, -2.0]> : vector<4xf32>`, _type = __mlir_type.`vector<4xf32>`]()
    # CHECK-NEXT: 0 462 761 -964
    show_f32x4(__mlir_op.`math.tanh`[_type = __mlir_type.`vector<4xf32>`](v))
    # CHECK-NEXT: 0 520 842 -995
    show_f32x4(__mlir_op.`math.erf`[_type = __mlir_type.`vector<4xf32>`](v))
    # CHECK-NEXT: 0 244 463 -785
    show_f32x4(__mlir_op.`math.atan2`[_type = __mlir_type.`vector<4xf32>`](v, __mlir_op.`arith.constant`[value = __mlir_attr.`dense<2.0> : vector<4xf32>`, _type = __mlir_type.`vector<4xf32>`]()))
    # f16 and bf16 go through f32.
    var h = __mlir_op.`arith.constant`[value = __mlir_attr.`0.5 : f16`, _type = __mlir_type.f16]()
    var b = __mlir_op.`arith.constant`[value = __mlir_attr.`0.5 : bf16`, _type = __mlir_type.bf16]()
    # CHECK-NEXT: 462 546
    print(milli32(__mlir_op.`arith.extf`[_type = __mlir_type.f32](__mlir_op.`math.tanh`[_type = __mlir_type.f16](h))), milli32(__mlir_op.`arith.extf`[_type = __mlir_type.f32](__mlir_op.`math.tan`[_type = __mlir_type.bf16](b))))
