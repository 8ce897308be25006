# RUN: %mojoc build -O3 --emit=llvm %s -o - | %FileCheck %s
# RUN: %mojoc build -O3 --emit=asm %s -o - | %FileCheck %s --check-prefix=ASM
# RUN: %mojoc run %s | %FileCheck %s --check-prefix=OUT
# A register-passable struct over `vector<16xf32>` with operators written
# as `arith` ops: at -O3 its methods vanish and the arithmetic is LLVM
# vector instructions on <16 x float>, with no call left.


@register_passable("trivial")
struct F32x16:
    var value: __mlir_type.`vector<16xf32>`

    @implicit
    fn __init__(out self, value: __mlir_type.`vector<16xf32>`):
        self.value = value

    fn __init__(out self, splat: __mlir_type.f32):
        self.value = __mlir_op.`vector.broadcast`[_type = __mlir_type.`vector<16xf32>`](splat)

    fn __add__(self, rhs: Self) -> Self:
        return __mlir_op.`arith.addf`[_type = __mlir_type.`vector<16xf32>`](self.value, rhs.value)

    fn __mul__(self, rhs: Self) -> Self:
        return __mlir_op.`arith.mulf`[_type = __mlir_type.`vector<16xf32>`](self.value, rhs.value)


# `@no_inline` keeps `axpy` a function of its own to look at; called with
# two sets of arguments, none of them is a constant inside it.
# CHECK-LABEL: define {{.*}}axpy
# CHECK-NOT: call
# CHECK: fmul <16 x float>
# CHECK-NOT: call
# CHECK: fadd <16 x float>
# CHECK-NOT: call
# CHECK: ret <16 x float>
# CHECK-NEXT: }
# ASM-LABEL: axpy{{.*}}:
# ASM-NOT: call
# ASM: mulps
# ASM-NOT: call
# ASM: addps
# ASM-NOT: call
# ASM: ret
@no_inline
fn axpy(a: __mlir_type.f32, x: F32x16, y: F32x16) -> F32x16:
    return F32x16(a) * x + y


fn total(v: F32x16) -> Int:
    var s = __mlir_op.`vector.reduction`[kind = __mlir_attr.`#vector.kind<add>`, _type = __mlir_type.f32](v.value)
    var i = __mlir_op.`arith.fptosi`[_type = __mlir_type.i64](s)
    return __mlir_op.`arith.index_cast`[_type = __mlir_type.index](i)


fn main():
    var one = __mlir_op.`arith.constant`[value = __mlir_attr.`1.0 : f32`, _type = __mlir_type.f32]()
    var two = __mlir_op.`arith.constant`[value = __mlir_attr.`2.0 : f32`, _type = __mlir_type.f32]()
    # OUT: 48
    # OUT-NEXT: 80
    print(total(axpy(one, F32x16(one), F32x16(two))))
    print(total(axpy(two, F32x16(two), F32x16(one))))
