# RUN: %limit %mojoc check -verify %s
# A default value that calls its own function (directly or through another
# default) is reported once per use, not checked forever.

fn f(x: Int = f()) -> Int: # expected-error {{the default value of `x` depends on itself}}
    return x


fn g(y: Int = h()) -> Int: # expected-error {{the default value of `y` depends on itself}}
    return y


fn h(z: Int = g()) -> Int:
    return z


fn main():
    print(f())
    print(g())
    print(f(1))
