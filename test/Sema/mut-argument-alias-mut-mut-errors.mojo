# RUN: %mojoc check -verify %s
# Two `mut` arguments may not alias, even of a trivial type: only `read`
# ones are copied.

fn swap(mut a: Int, mut b: Int):
    var t = a
    a = b
    b = t

fn main():
    var x = 1
    var y = 2
    swap(x, x)  # expected-error {{argument `x` is passed as `mut` and also as another argument of this call}} expected-note {{`x` is also passed here}}
    swap(x, y)
