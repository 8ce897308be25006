# RUN: %mojoc check -verify %s
# Calling a method with the wrong arguments, or an instance method on the
# type without `self`.

struct Point:
    var x: Int
    fn __init__(out self, x: Int):  # expected-note {{missing argument `x`}} expected-note {{too many positional arguments}}
        self.x = x
    fn shifted(self, dx: Int) -> Int:  # expected-note {{missing argument `dx`}} expected-note {{missing argument `self`}}
        return self.x + dx

fn main():
    var p = Point(1)
    p.shifted()  # expected-error {{no matching function in call to `Point.shifted`}}
    Point.shifted()  # expected-error {{no matching function in call to `Point.shifted`}}
    Point()  # expected-error {{no matching function in call to `Point`}}
    Point(1, 2)  # expected-error {{no matching function in call to `Point`}}
