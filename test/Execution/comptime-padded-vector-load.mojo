# RUN: %mojoc run %s | FileCheck %s
# A load of a padded vector (`vector<3xf32>`: 12 bytes, 16 as an array
# element) touches its 12 bytes only, at compile time as at run time: a
# buffer of three floats holds one, where checking the padded size gave
# "out of bounds".

from memory import UnsafePointer


fn sum3() -> Float32:
    var p = UnsafePointer[Float32].alloc(3)
    p[0] = 1
    p[1] = 2
    p[2] = 4
    var v = __mlir_op.`llvm.load`[_type = __mlir_type.`vector<3xf32>`](p.address)
    var r = __mlir_op.`vector.reduction`[kind = __mlir_attr.`#vector.kind<add>`, _type = __mlir_type.f32](v)
    p.free()
    return Float32(_vec=__mlir_op.`vector.broadcast`[_type = __mlir_type.`vector<1xf32>`](r))


alias S = sum3()


fn main():
    # CHECK: 7.0 7.0
    print(S, sum3())
