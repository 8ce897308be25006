# RUN: %mojoc check -verify %s
# Explicit compile-time parameters of a function, by keyword: an unknown
# name, a parameter bound twice, and too many positional ones.

fn scaled[n: Int = 3, factor: Int = 10]() -> Int:
    return n * factor


fn main():
    _ = scaled[width=2]()  # expected-error {{no matching function in call to `scaled`}} expected-note@5 {{candidate not viable: no parameter named `width`}}
    _ = scaled[2, n=3]()  # expected-error {{no matching function in call to `scaled`}} expected-note@5 {{candidate not viable: parameter `n` bound twice}}
    _ = scaled[1, 2, 3]()  # expected-error {{no matching function in call to `scaled`}} expected-note@5 {{candidate not viable: too many compile-time parameters}}
