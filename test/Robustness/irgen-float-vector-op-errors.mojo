# RUN: %not %mojoc build -O0 %s -o %t 2>&1 | %FileCheck %s
# RUN: %not %mojoc run %s 2>&1 | %FileCheck %s
# RUN: %not %mojoc build -O0 %s -o %t 2>&1 | grep -c error: | %FileCheck %s --check-prefix=COUNT
# COUNT: 8
# Float and vector ops used wrongly are diagnosed at the user's line, each
# once, never a crash: an op on the wrong type (the MLIR verifier's
# message), an unknown op, an attribute of the wrong kind, an MLIR type
# that no value can have, and one that cannot be held in memory.


fn wrong_type(a: __mlir_type.i64) -> __mlir_type.i64:
    # CHECK-DAG: irgen-float-vector-op-errors.mojo:[[@LINE+1]]:12: error: MLIR: 'arith.addf' op operand #0 must be floating-point-like, but got 'i64'
    return __mlir_op.`arith.addf`[_type = __mlir_type.i64](a, a)


fn cascade(a: __mlir_type.i64) -> __mlir_type.i64:
    # Only the inner op is reported; the op using its result is not.
    # CHECK-DAG: irgen-float-vector-op-errors.mojo:[[@LINE+1]]:60: error: MLIR: 'arith.subf' op operand #0 must be floating-point-like, but got 'i64'
    return __mlir_op.`arith.addi`[_type = __mlir_type.i64](__mlir_op.`arith.subf`[_type = __mlir_type.i64](a, a), a)


fn wrong_width(v: __mlir_type.`vector<4xf32>`) -> __mlir_type.`vector<8xf32>`:
    # CHECK-DAG: irgen-float-vector-op-errors.mojo:[[@LINE+1]]:12: error: MLIR: 'arith.mulf' op requires the same type for all operands and results
    return __mlir_op.`arith.mulf`[_type = __mlir_type.`vector<8xf32>`](v, v)


fn unknown(x: __mlir_type.f32) -> __mlir_type.f32:
    # CHECK-DAG: irgen-float-vector-op-errors.mojo:[[@LINE+1]]:12: error: unknown MLIR operation `math.sqroot`
    return __mlir_op.`math.sqroot`[_type = __mlir_type.f32](x)


fn wrong_attr(v: __mlir_type.`vector<4xf32>`) -> __mlir_type.`vector<4xf32>`:
    # CHECK-DAG: irgen-float-vector-op-errors.mojo:[[@LINE+1]]:12: error: `array<i64: 1, 0, 3, 2>` is not the kind of attribute that `mask` of `vector.shuffle` takes
    return __mlir_op.`vector.shuffle`[mask = __mlir_attr.`array<i64: 1, 0, 3, 2>`, _type = __mlir_type.`vector<4xf32>`](v, v)


fn bad_reduction(v: __mlir_type.`vector<4xf32>`) -> __mlir_type.f32:
    # CHECK-DAG: irgen-float-vector-op-errors.mojo:[[@LINE+1]]:12: error: MLIR: 'vector.reduction' op unsupported reduction type {{.*}}f32{{.*}} for kind 'xor'
    return __mlir_op.`vector.reduction`[kind = __mlir_attr.`#vector.kind<xor>`, _type = __mlir_type.f32](v)


# CHECK-DAG: irgen-float-vector-op-errors.mojo:[[@LINE+1]]:26: error: MLIR type `vector<4x4xf32>` cannot be the type of a value
fn matrix(m: __mlir_type.`vector<4x4xf32>`):
    pass


fn pointers(p: __mlir_type.`!llvm.ptr`, o: __mlir_type.`vector<4xi64>`):
    # CHECK-DAG: irgen-float-vector-op-errors.mojo:[[@LINE+1]]:156: error: a value of MLIR type `!llvm.vec<4 x ptr>` cannot be held in memory
    var ptrs = __mlir_op.`llvm.getelementptr`[elem_type = __mlir_attr.f32, rawConstantIndices = __mlir_attr.`array<i32: -2147483648>`, _type = __mlir_type.`!llvm.vec<4 x ptr>`](p, o)
    _ = ptrs


fn main():
    var i = __mlir_op.`arith.constant`[value = __mlir_attr.`1 : i64`, _type = __mlir_type.i64]()
    var f = __mlir_op.`arith.constant`[value = __mlir_attr.`1.0 : f32`, _type = __mlir_type.f32]()
    var v = __mlir_op.`vector.broadcast`[_type = __mlir_type.`vector<4xf32>`](f)
    _ = wrong_type(i)
    _ = cascade(i)
    _ = wrong_width(v)
    _ = unknown(f)
    _ = wrong_attr(v)
    _ = bad_reduction(v)
    var o = __mlir_op.`arith.constant`[value = __mlir_attr.`dense<0> : vector<4xi64>`, _type = __mlir_type.`vector<4xi64>`]()
    pointers(__mlir_op.`llvm.mlir.zero`[_type = __mlir_type.`!llvm.ptr`](), o)
# CHECK-NOT: crashed
