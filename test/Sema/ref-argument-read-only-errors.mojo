# RUN: %mojoc check -verify %s
# A read-only argument passed on to `ref` stays read-only there.

fn reset(ref x: Int):
    x = 0  # expected-error {{cannot modify `x`: this `ref` argument is bound to a value that cannot change}}

fn from_read(n: Int):
    reset(n)  # expected-note {{`x` is bound to an immutable value by this call}}

fn main():
    var n = 1
    reset(n)
    from_read(n)
