# RUN: %not %mojoc build -O0 %s -o %t 2>&1 | %FileCheck %s
# RUN: %not %mojoc build -O3 %s -o %t 2>&1 | %FileCheck %s
# An MLIR verifier error is reported at the `__mlir_op` that caused it, at
# every optimization level.

fn declare(x: Int):
    __mlir_op.`func.call`[callee = __mlir_attr.`@some_c_function`](x.value)

fn misuse(x: Int) -> Int:
    # CHECK: irgen-mlir-verifier-location.mojo:[[@LINE+1]]:16: error: MLIR: 'func.call' op incorrect number of results for callee
    return Int(__mlir_op.`func.call`[callee = __mlir_attr.`@some_c_function`, _type = __mlir_type.index](x.value))

fn main():
    declare(1)
    print(misuse(2))
