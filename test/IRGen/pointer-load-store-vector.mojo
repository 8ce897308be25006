# RUN: %mojoc build -O3 --emit=llvm %s -o - | %FileCheck %s
# RUN: %mojoc run %s | %FileCheck %s --check-prefix=OUT
# `load[width=8]` and `store` on an `UnsafePointer[Float32]` are one vector
# load and one vector store of <8 x float> at the element offset, with the
# alignment asked for (1 by default, as on Mojo's CPUs), and no call left.

# CHECK-LABEL: define {{.*}}scale
# CHECK-NOT: call
# CHECK: load <8 x float>, ptr %{{.*}}, align 1
# CHECK-NOT: call
# CHECK: fmul <8 x float>
# CHECK: store <8 x float> %{{.*}}, ptr %{{.*}}, align 32
# CHECK-NOT: call
# CHECK: ret void
from memory import UnsafePointer


@no_inline
fn scale(p: UnsafePointer[Float32], i: Int, k: Float32):
    var v = p.load[width=8](i)
    p.store[alignment=32](i, v * k)


fn main():
    var p = UnsafePointer[Float32](UnsafePointer[Float32, alignment=32].alloc(16))
    for i in range(16):
        p[i] = Float32(i)
    scale(p, 8, 2.0)
    # OUT: 7.0 16.0 30.0
    print(p[7], p[8], p[15])
    p.free()
