# RUN: %mojoc run %s | FileCheck %s
# Taking the address of a variable at compile time moves the variable into
# the interpreter's memory, so reads and writes through the pointer and
# through the variable (or a `mut` argument it was passed as) see the same
# bytes. Each alias agrees with the same call at run time.

from memory import UnsafePointer


@value
struct Two:
    var a: Int
    var b: Int


fn float_bits_of(x: Float32) -> UInt32:
    var f = x
    return UnsafePointer.address_of(f).bitcast[UInt32]()[]


fn set_through(mut x: Int):
    var p = UnsafePointer.address_of(x)
    p[] = 42
    x += 1


fn via_mut() -> Int:
    var x = 1
    set_through(x)
    return x


fn field_address() -> Int:
    var pair = Two(1, 2)
    var p = UnsafePointer.address_of(pair.b)
    p[] += 10
    pair.a += 5
    return pair.a * 100 + pair.b


fn loop_spill() -> Int:
    var t = 0
    for i in range(3):
        var x = i
        var p = UnsafePointer.address_of(x)
        p[] += 1
        t += x
    return t


fn own_field() -> Int:
    var two = Two(3, 4)
    set_through(two.a)
    return two.a + two.b


alias A = float_bits_of(1.0)
alias B = via_mut()
alias C = field_address()
alias D = loop_spill()
alias E = own_field()


fn main():
    # CHECK: 1065353216 43 612 6 47
    print(A, B, C, D, E)
    # CHECK-NEXT: 1065353216 43 612 6 47
    print(float_bits_of(1.0), via_mut(), field_address(), loop_spill(), own_field())
