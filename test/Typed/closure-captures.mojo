# RUN: %mojoc build --emit=typed %s -o - | %FileCheck %s
# A nested function names what it captures; a closure passed as a parameter
# keys the instance, whose calls of it are direct.

fn repeat[body: fn(Int) capturing -> None](n: Int):
    for i in range(n):
        body(i)

fn apply(f: fn(Int) -> Int, x: Int) -> Int:
    return f(x)

fn double(x: Int) -> Int:
    return x * 2

fn main():
    var total = 0
    var scale = 2
    @parameter
    fn body(i: Int):
        total += i * scale
    repeat[body](3)
    _ = apply(double, 1)

# CHECK-LABEL: fn main() -> NoneType
# CHECK: repeat[body#1](Int.__init__(3))
# CHECK: apply(fnref double, Int.__init__(1))
# CHECK-LABEL: fn apply(f: fn(Int) -> Int, x: Int) -> Int
# CHECK-NEXT: return call f(x)
# CHECK-LABEL: fn body#1(i: Int) -> NoneType captures total, scale
# CHECK-NEXT: Int.__iadd__(total, Int.__mul__(i, scale))
# CHECK-LABEL: fn repeat[body#1](n: Int) -> NoneType
# CHECK: body#1(i)
