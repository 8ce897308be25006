# RUN: %mojoc run %s | %FileCheck %s
# An overloaded function given as a compile-time parameter: the
# parameter's function type chooses the overload, so one name can bind
# parameters of different types.

fn pick(x: Int) -> Int:
    return x + 100


fn pick(x: Int, y: Int) -> Int:
    return x * y


fn pick(flag: Bool) -> Int:
    return 1 if flag else 0


fn unary[f: fn (Int) -> Int](x: Int) -> Int:
    return f(x)


fn binary[f: fn (Int, Int) -> Int](x: Int, y: Int) -> Int:
    return f(x, y)


fn test[f: fn (Bool) -> Int]() -> Int:
    return f(True) + f(False)


fn main():
    # CHECK: 105 12 1
    print(unary[pick](5), binary[pick](3, 4), test[pick]())
