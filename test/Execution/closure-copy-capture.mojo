# RUN: %mojoc run %s | %FileCheck %s
# `@__copy_capture(x)` captures a copy of `x` made where the closure is
# declared; without it, the closure sees the variable itself.

fn call[f: fn() capturing -> Int]() -> Int:
    return f()

fn main():
    var k = 1
    @parameter
    @__copy_capture(k)
    fn copied() -> Int:
        return k
    @parameter
    fn shared() -> Int:
        return k
    k = 5
    # CHECK: 1 5
    print(call[copied](), call[shared]())
