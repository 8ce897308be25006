# RUN: %mojoc check -verify %s
# Compile-time parameters written on a method called through a value are
# bound like a function's: too many, the wrong kind, or a run-time value
# are errors at the call.

struct Row:
    fn __init__(out self):
        pass

    fn width(self) -> Int:  # expected-note {{candidate not viable: too many compile-time parameters}}
        return 1

    fn offset[k: Int](self) -> Int:  # expected-note {{candidate not viable: parameter `k` of `Row.offset` takes a value of type `Int`, not a type}} expected-note {{candidate not viable: no parameter named `j`}}
        return k

fn main():
    var r = Row()
    var n = 2
    _ = r.width[1]()  # expected-error {{no matching function in call to `Row.width`}}
    _ = r.offset[Int]()  # expected-error {{no matching function in call to `Row.offset`}}
    _ = r.offset[j=1]()  # expected-error {{no matching function in call to `Row.offset`}}
    _ = r.offset[n]()  # expected-error {{`n` is a run-time value; a compile-time expression cannot use it}}
    _ = r.offset[3]()
