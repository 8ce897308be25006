# RUN: %mojoc run %s | %FileCheck %s
# `load[width=n]` and `store` on pointers to a dtype's scalars: whole
# vectors at an offset, with the width inferred from the stored vector,
# and `index` lanes (stored as 64-bit integers).
from memory import UnsafePointer


fn main():
    var p = UnsafePointer[Float32].alloc(16)
    for i in range(16):
        p[i] = Float32(i)
    # CHECK: [4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 11.0]
    print(p.load[width=8](4))
    # CHECK-NEXT: 3.0
    print(p.load(3))
    p.store(0, SIMD[DType.float32, 4](1.5))
    p.store(SIMD[DType.float32, 2](-2.0))
    # CHECK-NEXT: [-2.0, -2.0, 1.5, 1.5] 4.0
    print(p.load[width=4](), p[4])
    var total = SIMD[DType.float32, 4](0)
    for i in range(0, 16, 4):
        total += p.load[width=4, alignment=4](i)
    # CHECK-NEXT: 113.0
    print(total.reduce_add())
    p.free()

    var ix = UnsafePointer[Scalar[DType.index]].alloc(4)
    ix.store(SIMD[DType.index, 4](7))
    ix[2] = -1
    # CHECK-NEXT: [7, 7, -1, 7]
    print(ix.load[width=4]())
    ix.free()

    var bytes = UnsafePointer[UInt8].alloc(4)
    bytes.store(SIMD[DType.uint8, 4](255))
    # CHECK-NEXT: [255, 255, 255, 255]
    print(bytes.load[width=4]())
    bytes.free()
