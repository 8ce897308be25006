# RUN: %mojoc check -verify %s
# `__mlir_op` needs an operation name.

fn main():
    __mlir_op(1)  # expected-error {{`__mlir_op` needs an operation name}}
