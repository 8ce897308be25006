# RUN: %mojoc check -verify %s
# A parameter must be known at compile time: a run-time variable cannot be
# one, even through a function the interpreter could run.

fn square(x: Int) -> Int:
    return x * x


fn get[n: Int]() -> Int:
    return n


fn main():
    var k = 3
    _ = get[square(k)]()  # expected-error {{`k` is a run-time value; a compile-time expression cannot use it}}
    @parameter
    if square(k) > 4:  # expected-error {{`k` is a run-time value; a compile-time expression cannot use it}}
        pass
