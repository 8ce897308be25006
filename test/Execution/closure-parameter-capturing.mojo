# RUN: %mojoc run %s | %FileCheck %s
# `@parameter` closures passed as `capturing` function parameters, the way
# `vectorize` takes its body: the closure keys the instance, so its calls
# are direct, and its environment travels as a hidden argument.

fn repeat[body: fn(Int) capturing -> None](n: Int):
    for i in range(n):
        body(i)

fn repeat_twice[body: fn(Int) capturing -> None](n: Int):
    # The environment is passed on to the next instance.
    repeat[body](n)
    repeat[body](n)

fn twice[f: fn(Int) capturing -> Int](x: Int) -> Int:
    return f(f(x))

fn plain(x: Int) -> Int:
    return x * 3

fn main():
    var total = 0
    var scale = 10

    @parameter
    fn body(i: Int):
        total += i * scale

    repeat[body](4)
    # CHECK: 60
    print(total)
    scale = 1
    repeat_twice[body](3)
    # CHECK-NEXT: 66
    print(total)

    var k = 5
    @parameter
    fn add_k(v: Int) -> Int:
        return v + k
    # CHECK-NEXT: 11
    print(twice[add_k](1))
    # A function that captures nothing is a capturing function too.
    # CHECK-NEXT: 18
    print(twice[plain](2))
