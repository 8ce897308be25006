# RUN: %mojoc build --emit=mlir %s | %FileCheck %s
# `Int` is a library struct: `a + b` is a call of `Int.__add__`, whose body is
# the `index.add` its `__mlir_op` names.

# CHECK-LABEL: func.func private @"__main__::add
# CHECK-SAME: (%arg0: index, %arg1: index) -> index
# CHECK: call @"builtin.int::Int.__add__
fn add(a: Int, b: Int) -> Int:
    return a + b

# CHECK-LABEL: func.func private @"builtin.int::Int.__add__
# CHECK: index.add
fn main():
    print(add(1, 2))
