# RUN: %mojoc build --emit=mlir-lowered %s -o - | %FileCheck %s
# Methods over `math`, `llvm.intr` and `vector` ops are inlined by mojoc's
# MLIR inliner (each dialect has an inliner interface), so what reaches
# LLVM is the ops themselves: exp and fabs as LLVM intrinsics on the whole
# vector, tanh as one libm call per lane, and a float sum whose `fastmath`
# flags let LLVM reassociate it (a tree of shuffles, not a chain).

@register_passable("trivial")
struct V:
    var v: __mlir_type.`vector<8xf32>`

    @implicit
    fn __init__(out self, v: __mlir_type.`vector<8xf32>`):
        self.v = v

    fn exp(self) -> Self:
        return __mlir_op.`math.exp`[_type = __mlir_type.`vector<8xf32>`](self.v)

    fn tanh(self) -> Self:
        return __mlir_op.`math.tanh`[_type = __mlir_type.`vector<8xf32>`](self.v)

    fn abs(self) -> Self:
        return __mlir_op.`llvm.intr.fabs`[_type = __mlir_type.`vector<8xf32>`](self.v)

    fn sum(self) -> __mlir_type.f32:
        return __mlir_op.`vector.reduction`[kind = __mlir_attr.`#vector.kind<add>`, fastmath = __mlir_attr.`#arith.fastmath<reassoc>`, _type = __mlir_type.f32](self.v)

    fn first(self) -> __mlir_type.f32:
        return __mlir_op.`vector.extract`[static_position = __mlir_attr.`array<i64: 0>`, _type = __mlir_type.f32](self.v)

# CHECK-LABEL: llvm.func internal @"__main__::work(x: V)"
# CHECK-NOT: llvm.call @"__main__::V
# CHECK: llvm.intr.exp(%{{.*}}) : (vector<8xf32>) -> vector<8xf32>
# CHECK-NEXT: llvm.intr.fabs(%{{.*}}) : (vector<8xf32>) -> vector<8xf32>
# CHECK-COUNT-8: llvm.call @tanhf(%{{.*}}) : (f32) -> f32
# CHECK-NOT: llvm.call @"__main__::V
# CHECK: "llvm.intr.vector.reduce.fadd"(%{{.*}}, %{{.*}}) <{fastmathFlags = #llvm.fastmath<reassoc>}>
# CHECK-NOT: llvm.call
# CHECK: llvm.return
@no_inline
fn work(x: V) -> __mlir_type.f32:
    return x.exp().abs().tanh().sum()

fn main():
    var a = __mlir_op.`arith.constant`[value = __mlir_attr.`dense<0.5> : vector<8xf32>`, _type = __mlir_type.`vector<8xf32>`]()
    var b = __mlir_op.`arith.constant`[value = __mlir_attr.`dense<0.25> : vector<8xf32>`, _type = __mlir_type.`vector<8xf32>`]()
    var s = __mlir_op.`arith.addf`[_type = __mlir_type.f32](work(a), work(b))
    print(Int(__mlir_op.`arith.index_cast`[_type = __mlir_type.index](__mlir_op.`arith.fptosi`[_type = __mlir_type.i64](s))))
