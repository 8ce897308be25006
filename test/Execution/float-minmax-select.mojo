# RUN: %mojoc run -I %S/Inputs %s | %FileCheck %s
# maximumf/minimumf propagate a NaN and order -0 below +0; maxnumf/minnumf
# return the number when the other side is a NaN. select picks with a
# scalar condition, or lane by lane with a vector of i1.
from floatprint import f64, milli, bits64, bit, show_f32x4, show_i64x4


fn isnan(x: __mlir_type.f64) -> Bool:
    return bit(__mlir_op.`arith.cmpf`[predicate = __mlir_attr.`14 : i64`, _type = __mlir_type.i1](x, x))


fn main():
    var nan = __mlir_op.`arith.constant`[value = __mlir_attr.`0x7FF8000000000000 : f64`, _type = __mlir_type.f64]()
    var two = f64(2)
    var five = f64(5)
    # CHECK: 5000 2000 5000 2000
    print(milli(__mlir_op.`arith.maximumf`[_type = __mlir_type.f64](two, five)), milli(__mlir_op.`arith.minimumf`[_type = __mlir_type.f64](two, five)), milli(__mlir_op.`arith.maxnumf`[_type = __mlir_type.f64](five, two)), milli(__mlir_op.`arith.minnumf`[_type = __mlir_type.f64](five, two)))
    # CHECK-NEXT: True True 2000 2000
    print(isnan(__mlir_op.`arith.maximumf`[_type = __mlir_type.f64](two, nan)), isnan(__mlir_op.`arith.minimumf`[_type = __mlir_type.f64](nan, two)), milli(__mlir_op.`arith.maxnumf`[_type = __mlir_type.f64](nan, two)), milli(__mlir_op.`arith.minnumf`[_type = __mlir_type.f64](two, nan)))
    var zero = f64(0)
    var negzero = __mlir_op.`arith.negf`[_type = __mlir_type.f64](zero)
    # CHECK-NEXT: 0 -9223372036854775808
    print(bits64(__mlir_op.`arith.maximumf`[_type = __mlir_type.f64](negzero, zero)), bits64(__mlir_op.`arith.minimumf`[_type = __mlir_type.f64](zero, negzero)))
    # Scalar select.
    var c = __mlir_op.`arith.cmpf`[predicate = __mlir_attr.`4 : i64`, _type = __mlir_type.i1](two, five)
    # CHECK-NEXT: 2000
    print(milli(__mlir_op.`arith.select`[_type = __mlir_type.f64](c, two, five)))
    var a = __mlir_op.`arith.constant`[value = __mlir_attr.`dense<[1.0, 6.0, -3.0, 0x7FC00000]> : vector<4xf32>`, _type = __mlir_type.`vector<4xf32>`]()
    var b = __mlir_op.`arith.constant`[value = __mlir_attr.`dense<[4.0, 2.0, -1.0, 8.0]> : vector<4xf32>`, _type = __mlir_type.`vector<4xf32>`]()
    # Lane-wise: NaN in the last lane.
    # CHECK-NEXT: 4000 6000 -1000 8000
    show_f32x4(__mlir_op.`arith.maxnumf`[_type = __mlir_type.`vector<4xf32>`](a, b))
    # CHECK-NEXT: 1000 2000 -3000 8000
    show_f32x4(__mlir_op.`arith.minnumf`[_type = __mlir_type.`vector<4xf32>`](a, b))
    # A select on a compare mask: the larger lane, and b where a is NaN.
    var gt = __mlir_op.`arith.cmpf`[predicate = __mlir_attr.`2 : i64`, _type = __mlir_type.`vector<4xi1>`](a, b)
    # CHECK-NEXT: 4000 6000 -1000 8000
    show_f32x4(__mlir_op.`arith.select`[_type = __mlir_type.`vector<4xf32>`](gt, a, b))
    # A scalar condition selecting whole vectors.
    var ai = __mlir_op.`arith.constant`[value = __mlir_attr.`dense<[1, 2, 3, 4]> : vector<4xi64>`, _type = __mlir_type.`vector<4xi64>`]()
    var bi = __mlir_op.`arith.constant`[value = __mlir_attr.`dense<-1> : vector<4xi64>`, _type = __mlir_type.`vector<4xi64>`]()
    # CHECK-NEXT: -1 -1 -1 -1
    show_i64x4(__mlir_op.`arith.select`[_type = __mlir_type.`vector<4xi64>`](__mlir_op.`arith.cmpf`[predicate = __mlir_attr.`2 : i64`, _type = __mlir_type.i1](two, five), ai, bi))
