# RUN: %mojoc run -I %S/Inputs %s | %FileCheck %s
# f16 and bf16 scalars and vectors: arithmetic, compares, conversions and
# math, with their own rounding (f16 keeps 11 significant bits, bf16 8).
from floatprint import i64, milli32, bit, show_f32x4


fn h32(x: __mlir_type.f16) -> Int:
    return milli32(__mlir_op.`arith.extf`[_type = __mlir_type.f32](x))


fn b32(x: __mlir_type.bf16) -> Int:
    return milli32(__mlir_op.`arith.extf`[_type = __mlir_type.f32](x))


fn main():
    var third = __mlir_op.`arith.constant`[value = __mlir_attr.`0.333333333 : f32`, _type = __mlir_type.f32]()
    var h = __mlir_op.`arith.truncf`[_type = __mlir_type.f16](third)
    var b = __mlir_op.`arith.truncf`[_type = __mlir_type.bf16](third)
    # Nearest f16 is 0.33325195, nearest bf16 0.333984375.
    # CHECK: 333 333
    print(h32(h), b32(b))
    # 2049 is not an f16 (2048 + 2 is the next), 257 not a bf16.
    var n = __mlir_op.`arith.constant`[value = __mlir_attr.`2049 : i32`, _type = __mlir_type.i32]()
    var m = __mlir_op.`arith.constant`[value = __mlir_attr.`257 : i32`, _type = __mlir_type.i32]()
    # CHECK-NEXT: 2048000 256000
    print(h32(__mlir_op.`arith.sitofp`[_type = __mlir_type.f16](n)), b32(__mlir_op.`arith.sitofp`[_type = __mlir_type.bf16](m)))
    var hh = __mlir_op.`arith.constant`[value = __mlir_attr.`1.5 : f16`, _type = __mlir_type.f16]()
    var bb = __mlir_op.`arith.constant`[value = __mlir_attr.`-2.5 : bf16`, _type = __mlir_type.bf16]()
    # CHECK-NEXT: 3750 1250 6250 -3750
    print(h32(__mlir_op.`arith.addf`[_type = __mlir_type.f16](hh, __mlir_op.`arith.constant`[value = __mlir_attr.`2.25 : f16`, _type = __mlir_type.f16]())), h32(__mlir_op.`math.sqrt`[_type = __mlir_type.f16](__mlir_op.`arith.constant`[value = __mlir_attr.`1.5625 : f16`, _type = __mlir_type.f16]())), b32(__mlir_op.`arith.mulf`[_type = __mlir_type.bf16](bb, bb)), b32(__mlir_op.`arith.subf`[_type = __mlir_type.bf16](bb, __mlir_op.`arith.constant`[value = __mlir_attr.`1.25 : bf16`, _type = __mlir_type.bf16]())))
    # CHECK-NEXT: True False -2
    print(bit(__mlir_op.`arith.cmpf`[predicate = __mlir_attr.`4 : i64`, _type = __mlir_type.i1](h, hh)), bit(__mlir_op.`arith.cmpf`[predicate = __mlir_attr.`2 : i64`, _type = __mlir_type.i1](bb, __mlir_op.`arith.constant`[value = __mlir_attr.`0.0 : bf16`, _type = __mlir_type.bf16]())), i64(__mlir_op.`arith.fptosi`[_type = __mlir_type.i64](bb)))
    # f16 <-> bf16 goes through a wider type.
    var hb = __mlir_op.`arith.truncf`[_type = __mlir_type.bf16](__mlir_op.`arith.extf`[_type = __mlir_type.f32](hh))
    # CHECK-NEXT: 1500
    print(b32(hb))
    var v = __mlir_op.`arith.constant`[value = __mlir_attr.`dense<[0.5, 1.0, 2.0, 65504.0]> : vector<4xf16>`, _type = __mlir_type.`vector<4xf16>`]()
    var w = __mlir_op.`arith.mulf`[_type = __mlir_type.`vector<4xf16>`](v, v)
    # 65504 squared overflows f16 to infinity, which has no integer to
    # print: the first three lanes are printed, the last compared.
    var wf = __mlir_op.`arith.extf`[_type = __mlir_type.`vector<4xf32>`](w)
    var first3 = __mlir_op.`vector.shuffle`[mask = __mlir_attr.`[0, 1, 2, 2]`, _type = __mlir_type.`vector<4xf32>`](wf, wf)
    # CHECK-NEXT: 250 1000 4000 4000
    show_f32x4(first3)
    var inf = __mlir_op.`arith.constant`[value = __mlir_attr.`0x7C00 : f16`, _type = __mlir_type.f16]()
    var last = __mlir_op.`vector.extractelement`[_type = __mlir_type.f16](w, Int(3).value)
    # CHECK-NEXT: True
    print(bit(__mlir_op.`arith.cmpf`[predicate = __mlir_attr.`1 : i64`, _type = __mlir_type.i1](last, inf)))
    var bv = __mlir_op.`arith.constant`[value = __mlir_attr.`dense<[1.0, 2.0, 3.0, 4.0]> : vector<4xbf16>`, _type = __mlir_type.`vector<4xbf16>`]()
    # exp in bf16, rounded to 8 significant bits.
    # CHECK-NEXT: 2718 7375 20125 54500
    show_f32x4(__mlir_op.`arith.extf`[_type = __mlir_type.`vector<4xf32>`](__mlir_op.`math.exp`[_type = __mlir_type.`vector<4xbf16>`](bv)))
