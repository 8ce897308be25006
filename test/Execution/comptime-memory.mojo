# RUN: %mojoc run %s | FileCheck %s
# The compile-time interpreter runs code over `UnsafePointer`: heap and
# stack memory laid out as the target lays it out, so `sizeof`, offsets,
# vector loads and bitcasts mean at compile time what they mean at run
# time. Each `alias` below is computed by the interpreter.

from memory import UnsafePointer, memcpy, memcmp, memset_zero, stack_allocation
from sys.info import sizeof, alignof


fn sum_squares(n: Int) -> Int:
    var p = UnsafePointer[Int].alloc(n)
    for i in range(n):
        p[i] = i * i
    var total = 0
    for i in range(n):
        total += p[i]
    p.free()
    return total


@value
struct Pair:
    var a: Int8
    var b: Float64


fn vector_sum() -> Float32:
    var p = UnsafePointer[Float32].alloc(8)
    for i in range(8):
        p[i] = Float32(i)
    var v = p.load[width=8]()
    p.store(4, SIMD[DType.float32, 4](100))
    var w = p.load[width=8]()
    p.free()
    return v.reduce_add() + w.reduce_add()


fn copy_and_compare() -> Int:
    var a = UnsafePointer[Int].alloc(4)
    var b = UnsafePointer[Int].alloc(4)
    for i in range(4):
        a[i] = i + 1
    memcpy(b, a, 4)
    var same = memcmp(a, b, 4)
    b[2] = 0
    var less = memcmp(b, a, 4)
    var last = b[3]
    a.free()
    b.free()
    return last * 100 + (same + 1) * 10 + (less + 1)


fn stack_sum() -> Int:
    var buf = stack_allocation[4, Int]()
    memset_zero(buf, 4)
    buf[2] = 7
    return buf[0] + buf[1] + buf[2] + buf[3]


struct Buffer:
    var data: UnsafePointer[Int]
    var size: Int

    fn __init__(out self, n: Int):
        self.data = UnsafePointer[Int].alloc(n)
        self.size = n
        for i in range(n):
            (self.data + i).init_pointee_copy(i)

    fn __moveinit__(out self, owned existing: Self):
        self.data = existing.data
        self.size = existing.size

    fn __del__(owned self):
        self.data.free()

    fn sum(self) -> Int:
        var t = 0
        for i in range(self.size):
            t += self.data[i]
        return t


fn struct_elements() -> Float64:
    var p = UnsafePointer[Pair].alloc(3)
    for i in range(3):
        (p + i).init_pointee_move(Pair(Int8(i), Float64(i) * 0.5))
    p[1].b += 10
    var t = p[1].b + p[2].a.cast[DType.float64]()
    for i in range(3):
        (p + i).destroy_pointee()
    p.free()
    return t


fn buffers_in_memory() -> Int:
    # Values holding pointers, stored in memory, moved out again.
    var p = UnsafePointer[Buffer].alloc(2)
    p.init_pointee_move(Buffer(3))
    (p + 1).init_pointee_move(Buffer(4))
    var second = (p + 1).take_pointee()
    var total = p[].sum() * 10 + second.sum()
    p.destroy_pointee()
    p.free()
    return total


fn float_bits() -> UInt32:
    var p = UnsafePointer[Float32].alloc(1)
    p[] = 1.0
    var bits = p.bitcast[UInt32]()[]
    p.free()
    return bits


fn pointer_order() -> Bool:
    var p = UnsafePointer[Int].alloc(4)
    var q = p + 3
    var ordered = p < q and q - 3 == p and p.__bool__() and not UnsafePointer[Int]()
    p.free()
    return ordered


alias SQUARES = sum_squares(10)
alias PAIR_SIZE = sizeof[Pair]()
alias PAIR_ALIGN = alignof[Pair]()
alias VECTOR_SUM = vector_sum()
alias COPIED = copy_and_compare()
alias STACK = stack_sum()
alias BUFFER = Buffer(5).sum()
alias ELEMENTS = struct_elements()
alias MOVED = buffers_in_memory()
alias BITS = float_bits()
alias ORDERED = pointer_order()
# A size computed at compile time is a parameter like any other.
alias Lanes = SIMD[DType.int8, sizeof[Int]()]


fn main():
    # CHECK: 285 16 8
    print(SQUARES, PAIR_SIZE, PAIR_ALIGN)
    # CHECK-NEXT: 434.0
    print(VECTOR_SUM)
    # CHECK-NEXT: 410
    print(COPIED)
    # CHECK-NEXT: 7 10 12.5
    print(STACK, BUFFER, ELEMENTS)
    # CHECK-NEXT: 36
    print(MOVED)
    # CHECK-NEXT: 1065353216 True
    print(BITS, ORDERED)
    # CHECK-NEXT: [1, 1, 1, 1, 1, 1, 1, 1]
    print(Lanes(1))
    # The same functions at run time agree.
    # CHECK-NEXT: 285 434.0 410 7 10 12.5 36 1065353216 True
    print(sum_squares(10), vector_sum(), copy_and_compare(), stack_sum(), Buffer(5).sum(), struct_elements(), buffers_in_memory(), float_bits(), pointer_order())
