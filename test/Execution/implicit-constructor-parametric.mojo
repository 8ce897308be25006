# RUN: %mojoc run %s | %FileCheck %s
# RUN: %mojoc run -O0 %s | %FileCheck %s
# A parametric `@implicit` constructor converts too, its parameters
# inferred from the value converted: `UnsafePointer[T, alignment=32]`
# becomes an `UnsafePointer[T]`.
from memory import UnsafePointer


fn first(p: UnsafePointer[Int]) -> Int:
    return p[0]


@value
struct Box[n: Int]:
    var value: Int


@value
struct AnyBox:
    var value: Int

    @implicit
    fn __init__[n: Int, //](out self, box: Box[n]):
        self.value = box.value + n


fn unbox(b: AnyBox) -> Int:
    return b.value


fn main():
    var p = UnsafePointer[Int, alignment=32].alloc(4)
    p[0] = 42
    # CHECK: 42
    print(first(p))
    var q: UnsafePointer[Int] = p
    q[1] = 7
    # CHECK-NEXT: 7
    print(p[1])
    p.free()
    # CHECK-NEXT: 103 205
    print(unbox(Box[3](100)), unbox(Box[5](200)))
