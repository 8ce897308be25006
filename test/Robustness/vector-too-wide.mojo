# RUN: %not %limit %mojoc build -O0 %s -o %t 2>&1 | %FileCheck %s
# A vector of more lanes than the budget is an error at its type: LLVM's
# instruction selector overflowed the stack on a sum of 16 Ki lanes at -O0.
# Each distinct type is reported once, at its first use.


fn main():
    # CHECK: vector-too-wide.mojo:[[@LINE+1]]:114: error: MLIR type `vector<16384xf32>` has 16384 lanes; a vector has at most 4096
    var a = __mlir_op.`arith.constant`[value = __mlir_attr.`dense<1.0> : vector<16384xf32>`, _type = __mlir_type.`vector<16384xf32>`]()
    var s = __mlir_op.`vector.reduction`[kind = __mlir_attr.`#vector.kind<add>`, _type = __mlir_type.f32](a)
    # The widest allowed is accepted.
    var b = __mlir_op.`arith.constant`[value = __mlir_attr.`dense<1> : vector<4096xi8>`, _type = __mlir_type.`vector<4096xi8>`]()
# CHECK-NOT: error
# CHECK-NOT: crashed
