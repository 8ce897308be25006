# RUN: %limit %mojoc check -verify %s
# Two parameters with one name are an error at the second, and calls of the
# function report nothing more (they used to crash).

fn f(a: Int, a: Int): # expected-error {{duplicate argument `a` in function definition}} expected-note {{`a` is first declared here}}
    pass


fn g[n: Int](n: Int): # expected-error {{duplicate argument `n`}} expected-note {{first declared here}}
    pass


fn main():
    f(a=3)
    f(1, 2)
    g[1](2)
