# RUN: %mojoc run %s | %FileCheck %s
# A function binds a function-typed struct parameter: instances with
# different functions are different types, and methods call it by name
# or as `Self.f`.

fn double(x: Int) -> Int:
    return 2 * x


fn triple(x: Int) -> Int:
    return 3 * x


fn negate(x: Int) -> Int:
    return -x


fn negate(x: Bool) -> Bool:
    return not x


struct Op[f: fn(Int) -> Int]:
    fn __init__(out self):
        pass

    fn run(self, x: Int) -> Int:
        return f(x)

    fn twice(self, x: Int) -> Int:
        return Self.f(Self.f(x))


fn through[g: fn(Int) -> Int](x: Int) -> Int:
    # A function parameter of a function binds the struct's.
    return Op[g]().run(x)


fn main():
    # CHECK: 10 15 28
    print(Op[double]().run(5), Op[triple]().run(5), Op[double]().twice(7))
    # The overload whose signature is the parameter's type.
    # CHECK-NEXT: -4 12
    print(Op[negate]().run(4), through[triple](4))
    # CHECK-NEXT: 4
    print(Op[f=double]().twice(1) + Op[double].f(1) - 2)
