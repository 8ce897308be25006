# RUN: %mojoc check -verify %s
# A compile-time function parameter takes a function, a nested `fn` or
# another parameter; a variable or an argument holding a function is a
# run-time value and cannot bind it.

fn double(x: Int) -> Int:
    return 2 * x

fn apply[f: fn(Int) -> Int](x: Int) -> Int:
    return f(x)

fn from_argument(g: fn(Int) -> Int) -> Int:
    return apply[g](1)  # expected-error {{`g` is a run-time value; a compile-time expression cannot use it}}

fn from_parameter[g: fn(Int) -> Int]() -> Int:
    return apply[g](1)

fn main():
    var g = double
    _ = apply[g](1)  # expected-error {{`g` is a run-time value; a compile-time expression cannot use it}}
    var h: fn(Int) -> Int = double
    _ = apply[f=h](1)  # expected-error {{`h` is a run-time value; a compile-time expression cannot use it}}
    fn nested(x: Int) -> Int:
        return x + 1
    _ = apply[nested](1) + apply[double](1) + from_parameter[double]()
