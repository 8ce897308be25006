# RUN: %mojoc run %s | FileCheck %s
# An overload whose argument type is written with a partly bound alias
# (`UnsafePointer[Scalar[type], *_]`) is not viable for a pointer to
# another struct; before, resolving it reported `type` as undeclared
# instead of trying the other overload (as `memset_zero(p, n)` on an
# `UnsafePointer[Int]` did).

from memory import UnsafePointer, memset_zero


fn f[type: DType, //](p: UnsafePointer[Scalar[type], *_]):
    print("scalar", type)


fn f[T: AnyType, //](p: UnsafePointer[T, *_], n: Int):
    print("any", n)


fn main():
    # CHECK: any 1
    f(UnsafePointer[Int](), 1)
    # CHECK-NEXT: scalar float32
    f(UnsafePointer[Float32]())
    var p = UnsafePointer[Int].alloc(4)
    p[3] = 9
    memset_zero(p, 4)
    # CHECK-NEXT: 0
    print(p[3])
    p.free()
