# RUN: %mojoc run -I %S/Inputs %s | %FileCheck %s
# Vectors and floats as fields of register-passable and memory structs, as
# variables mutated in loops, `mut` arguments and results: every leaf type
# survives a trip through memory (a vector<8xi1> is stored bit-packed,
# vector<Nxindex> as vector<Nxi64>).
from floatprint import i64, milli, milli32, bit


fn count(m: __mlir_type.`vector<8xi1>`) -> Int:
    var w = __mlir_op.`arith.extui`[_type = __mlir_type.`vector<8xi64>`](m)
    return i64(__mlir_op.`vector.reduction`[kind = __mlir_attr.`#vector.kind<add>`, _type = __mlir_type.i64](w))


fn sum16(v: __mlir_type.`vector<16xf32>`) -> Int:
    return milli32(__mlir_op.`vector.reduction`[kind = __mlir_attr.`#vector.kind<add>`, _type = __mlir_type.f32](v))


@value
@register_passable("trivial")
struct Flags:
    var first: __mlir_type.i1
    var bits: __mlir_type.`vector<8xi1>`
    var last: __mlir_type.i8


struct Holder:
    var n: Int
    var mask: __mlir_type.`vector<8xi1>`
    var v: __mlir_type.`vector<16xf32>`
    var h: __mlir_type.`vector<3xf16>`
    var idx: __mlir_type.`vector<4xindex>`
    var one: __mlir_type.`vector<1xf64>`
    var b: __mlir_type.bf16

    fn __init__(out self, mask: __mlir_type.`vector<8xi1>`):
        self.n = 1
        self.mask = mask
        self.v = __mlir_op.`arith.constant`[value = __mlir_attr.`dense<0.5> : vector<16xf32>`, _type = __mlir_type.`vector<16xf32>`]()
        self.h = __mlir_op.`arith.constant`[value = __mlir_attr.`dense<[1.5, 2.5, 3.5]> : vector<3xf16>`, _type = __mlir_type.`vector<3xf16>`]()
        self.idx = __mlir_op.`arith.constant`[value = __mlir_attr.`dense<[1, 2, 3, -4]> : vector<4xindex>`, _type = __mlir_type.`vector<4xindex>`]()
        self.one = __mlir_op.`arith.constant`[value = __mlir_attr.`dense<2.25> : vector<1xf64>`, _type = __mlir_type.`vector<1xf64>`]()
        self.b = __mlir_op.`arith.constant`[value = __mlir_attr.`-3.0 : bf16`, _type = __mlir_type.bf16]()

    fn scale(mut self, k: __mlir_type.f32):
        var s = __mlir_op.`vector.broadcast`[_type = __mlir_type.`vector<16xf32>`](k)
        self.v = __mlir_op.`arith.mulf`[_type = __mlir_type.`vector<16xf32>`](self.v, s)


fn flip(mut m: __mlir_type.`vector<8xi1>`):
    var ones = __mlir_op.`arith.constant`[value = __mlir_attr.`dense<true> : vector<8xi1>`, _type = __mlir_type.`vector<8xi1>`]()
    m = __mlir_op.`arith.xori`[_type = __mlir_type.`vector<8xi1>`](m, ones)


fn main():
    var m = __mlir_op.`arith.constant`[value = __mlir_attr.`dense<[true, false, true, true, false, false, true, false]> : vector<8xi1>`, _type = __mlir_type.`vector<8xi1>`]()
    var f = Flags(__mlir_op.`arith.constant`[value = __mlir_attr.true, _type = __mlir_type.i1](), m, __mlir_op.`arith.constant`[value = __mlir_attr.`-7 : i8`, _type = __mlir_type.i8]())
    # The fields beside the mask are intact.
    # CHECK: True 4 -7
    print(bit(f.first), count(f.bits), i64(__mlir_op.`arith.extsi`[_type = __mlir_type.i64](f.last)))
    var h = Holder(m)
    var acc = h.v
    for _ in range(9):
        acc = __mlir_op.`arith.addf`[_type = __mlir_type.`vector<16xf32>`](acc, h.v)
        h.mask = __mlir_op.`arith.xori`[_type = __mlir_type.`vector<8xi1>`](h.mask, f.bits)
    # Nine xors with the same mask: it cancelled itself.
    # CHECK-NEXT: 80000 0
    print(sum16(acc), count(h.mask))
    flip(h.mask)
    h.scale(__mlir_op.`arith.constant`[value = __mlir_attr.`3.0 : f32`, _type = __mlir_type.f32]())
    # CHECK-NEXT: 24000 8
    print(sum16(h.v), count(h.mask))
    var ih = __mlir_op.`vector.reduction`[kind = __mlir_attr.`#vector.kind<add>`, _type = __mlir_type.f32](__mlir_op.`arith.extf`[_type = __mlir_type.`vector<3xf32>`](h.h))
    var ii = __mlir_op.`vector.reduction`[kind = __mlir_attr.`#vector.kind<add>`, _type = __mlir_type.index](h.idx)
    var e = __mlir_op.`vector.extract`[static_position = __mlir_attr.`array<i64: 0>`, _type = __mlir_type.f64](h.one)
    # CHECK-NEXT: 7500 2 2250 -3000 1
    print(milli32(ih), Int(ii), milli(e), milli32(__mlir_op.`arith.extf`[_type = __mlir_type.f32](h.b)), h.n)
