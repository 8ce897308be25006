# RUN: %mojoc check -verify %s
# A value computed at compile time can be a constant with the memory it
# points to, unless that memory does not outlive the evaluation, or holds
# what constant memory cannot.

from memory import UnsafePointer


fn freed() -> UnsafePointer[Int]:
    var p = UnsafePointer[Int].alloc(1)
    p.free()
    return p


fn dangling() -> UnsafePointer[Int]:
    var x = 1
    return UnsafePointer.address_of(x)


fn past_null() -> UnsafePointer[Int]:
    return UnsafePointer[Int]() + 1


struct Buffer:
    var data: UnsafePointer[Int]

    fn __init__(out self):
        self.data = UnsafePointer[Int].alloc(1)

    fn __moveinit__(out self, owned other: Self):
        self.data = other.data

    fn __del__(owned self):
        self.data.free()


alias A = freed()  # expected-error {{this value cannot be a compile-time constant: it points to memory that was freed}}
alias B = dangling()  # expected-error {{this value cannot be a compile-time constant: it points to a stack buffer of a function that returned}}
alias C = past_null()  # expected-error {{this value cannot be a compile-time constant: it holds an address computed from the null pointer}}
alias E = Buffer()


fn main():
    # A use of a constant is a copy of it.
    var e = E  # expected-error {{value of type `Buffer` cannot be copied: it has no `__copyinit__`}}
