# RUN: %mojoc run %s | %FileCheck %s
# Name lookup in nested `fn`s: a nested function's own locals and arguments
# shadow the enclosing ones, a nested function declared in a branch or loop
# sees that block's names, and one may call global functions and other
# nested functions.

fn triple(x: Int) -> Int:
    return 3 * x


fn shadowing():
    var x = 1
    var y = 2

    fn inner(x: Int) -> Int:
        # The argument `x`, not the enclosing one; `y` is captured.
        var y2 = y * 10
        return x + y2

    # CHECK: 25 1
    print(inner(5), x)


fn in_branch(flag: Bool) -> Int:
    var base = 100
    if flag:
        var extra = 7

        fn add() -> Int:
            return base + extra

        return add()
    else:

        fn sub() -> Int:
            return base - 1

        return sub()


fn calls_others() -> Int:
    var k = 2

    fn scaled(v: Int) -> Int:
        return triple(v) * k

    fn twice_scaled(v: Int) -> Int:
        return scaled(scaled(v))

    return twice_scaled(1)


fn main():
    shadowing()
    # CHECK-NEXT: 107 99
    print(in_branch(True), in_branch(False))
    # CHECK-NEXT: 36
    print(calls_others())
