# RUN: %mojoc check -verify %s
# A function cannot be run at compile time from inside its own body's
# check: that body is not finished. (It was run half-built, and gave no
# value.)

fn f(n: Int) -> Int:
    alias x = f(1)  # expected-error {{cannot evaluate this at compile time: it calls `f`, whose body is being checked}}
    return x + n


fn g(n: Int) -> Int:
    return h(n)  # expected-note {{the evaluation stopped here}}


fn h(n: Int) -> Int:
    alias y = g(2)  # expected-error {{cannot evaluate this at compile time: it calls `h`, whose body is being checked}}
    return y


fn main():
    print(f(2), g(3))
