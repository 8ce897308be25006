# RUN: %mojoc run %s | %FileCheck %s
# RUN: %mojoc run -O0 %s | %FileCheck %s
# `rebind[T](x)` of a value that is not trivial is `x` itself seen as a
# `T`: a place, assigned and passed `mut` through, with no copy.


struct Res:
    var v: Int

    fn __init__(out self, v: Int):
        self.v = v

    fn __copyinit__(out self, other: Self):
        print("copy", other.v)
        self.v = other.v

    fn __moveinit__(out self, owned other: Self):
        self.v = other.v

    fn __del__(owned self):
        print("del", self.v)


fn bump(mut r: Res):
    r.v += 100


fn read_as_res[T: AnyType](ref x: T) -> Int:
    return rebind[Res](x).v


fn main():
    var r = Res(3)
    rebind[Res](r).v = 5
    bump(rebind[Res](r))
    # `r` dies after its last use, the call of `print` that reads it.
    # CHECK-NOT: copy
    # CHECK: 105 105
    # CHECK-NEXT: del 105
    print(r.v, read_as_res(r))
    var s = Res(7)
    # A new variable is a copy of the place.
    var t = rebind[Res](s)
    # CHECK-NEXT: copy 7
    # CHECK-NEXT: 7 7
    print(s.v, t.v)
    # Trivial values still take the by-value form.
    # CHECK: 2.5
    print(rebind[Float64](Float64(2.5)))
