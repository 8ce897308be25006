# RUN: %mojoc run -I %S/Inputs %s | %FileCheck %s
# Arithmetic on f64 and f32 scalars through `arith` ops: add, sub, mul,
# div, rem (C's fmod: the sign of the dividend), neg, and float constants.
from floatprint import f64, f32, milli, milli32, trunc64, bits64, bit


fn main():
    var a = __mlir_op.`arith.constant`[value = __mlir_attr.`7.25 : f64`, _type = __mlir_type.f64]()
    var b = f64(-2)
    # CHECK: 5250 9250 -14500 -3625
    print(milli(__mlir_op.`arith.addf`[_type = __mlir_type.f64](a, b)), milli(__mlir_op.`arith.subf`[_type = __mlir_type.f64](a, b)), milli(__mlir_op.`arith.mulf`[_type = __mlir_type.f64](a, b)), milli(__mlir_op.`arith.divf`[_type = __mlir_type.f64](a, b)))
    # CHECK-NEXT: 1250 -1250 -7250
    var na = __mlir_op.`arith.negf`[_type = __mlir_type.f64](a)
    print(milli(__mlir_op.`arith.remf`[_type = __mlir_type.f64](a, b)), milli(__mlir_op.`arith.remf`[_type = __mlir_type.f64](na, b)), milli(na))
    # -0.0 is the negation of 0.0: only the sign bit differs.
    # CHECK-NEXT: -9223372036854775808
    print(bits64(__mlir_op.`arith.negf`[_type = __mlir_type.f64](f64(0))))
    # Division by zero is an infinity, not a trap; inf - inf is a NaN.
    var inf = __mlir_op.`arith.divf`[_type = __mlir_type.f64](f64(1), f64(0))
    # (The sign of that NaN is the hardware's, so only its NaN-ness is shown.)
    var nan = __mlir_op.`arith.subf`[_type = __mlir_type.f64](inf, inf)
    # CHECK-NEXT: 9218868437227405312 True
    print(bits64(inf), bit(__mlir_op.`arith.cmpf`[predicate = __mlir_attr.`14 : i64`, _type = __mlir_type.i1](nan, nan)))
    # f32 rounds to 24 bits: 1 + 2**-30 is 1.
    var x = __mlir_op.`arith.constant`[value = __mlir_attr.`1.0 : f32`, _type = __mlir_type.f32]()
    var tiny = __mlir_op.`arith.constant`[value = __mlir_attr.`9.3132257461547852E-10 : f32`, _type = __mlir_type.f32]()
    # CHECK-NEXT: 1000 3500 333
    print(milli32(__mlir_op.`arith.addf`[_type = __mlir_type.f32](x, tiny)), milli32(__mlir_op.`arith.mulf`[_type = __mlir_type.f32](f32(7), __mlir_op.`arith.constant`[value = __mlir_attr.`0.5 : f32`, _type = __mlir_type.f32]())), milli32(__mlir_op.`arith.divf`[_type = __mlir_type.f32](x, f32(3))))
    # A loop accumulating in a float variable.
    var acc = f64(0)
    var step = __mlir_op.`arith.constant`[value = __mlir_attr.`0.125 : f64`, _type = __mlir_type.f64]()
    for _ in range(100):
        acc = __mlir_op.`arith.addf`[_type = __mlir_type.f64](acc, step)
    # CHECK-NEXT: 12 12500
    print(trunc64(acc), milli(acc))
