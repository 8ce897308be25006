# RUN: %mojoc build -O3 --emit=llvm %s -o - | %FileCheck %s
# RUN: %mojoc run %s | %FileCheck %s --check-prefix=OUT
# Vector variables updated in a loop live in registers at -O3: the slots
# IRGen gives `acc` and `a` are promoted (phis of <16 x float>), and
# `math.fma` is LLVM's fma intrinsic on the whole vector.

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

    fn fma(self, b: Self, c: Self) -> Self:
        return __mlir_op.`math.fma`[_type = __mlir_type.`vector<16xf32>`](self.value, b.value, c.value)

    fn sum(self) -> Int:
        var s = __mlir_op.`vector.reduction`[kind = __mlir_attr.`#vector.kind<add>`, _type = __mlir_type.f32](self.value)
        return __mlir_op.`arith.index_cast`[_type = __mlir_type.index](__mlir_op.`arith.fptosi`[_type = __mlir_type.i64](s))

# CHECK-LABEL: define {{.*}}kernel
# CHECK-NOT: alloca
# CHECK: phi <16 x float>
# CHECK-NOT: {{alloca|load|store}}
# CHECK: call <16 x float> @llvm.fma.v16f32
# CHECK-NOT: {{alloca|load|store}}
# CHECK: fadd <16 x float>
# CHECK-NOT: {{alloca|load|store}}
# CHECK: ret <16 x float>
@no_inline
fn kernel(n: Int, x: F32x16, y: F32x16) -> F32x16:
    var acc = F32x16(__mlir_op.`arith.constant`[value = __mlir_attr.`0.0 : f32`, _type = __mlir_type.f32]())
    var a = x
    for _ in range(n):
        acc = a.fma(y, acc)
        a = a + y
    return acc


fn main():
    var h = F32x16(__mlir_op.`arith.constant`[value = __mlir_attr.`0.001 : f32`, _type = __mlir_type.f32]())
    # 16 lanes of the sum of 0.001 * 0.001 * k for k = 1..1000: 8.008.
    # OUT: 8
    print(kernel(1000, h, h).sum())
