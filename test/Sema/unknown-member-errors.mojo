# RUN: %mojoc check -verify %s
# Field and method names are looked up on the struct; unknown ones are errors,
# on user structs and on builtin types alike.

struct Point:
    var x: Int
    fn __init__(out self):
        self.x = 0
    fn norm(self) -> Int:
        return self.x

fn main():
    var p = Point()
    print(p.y)  # expected-error {{`Point` has no member named `y`}}
    p.z = 3  # expected-error {{`Point` has no member named `z`}}
    p.missing()  # expected-error {{`Point` has no member named `missing`}}
    print(p.x.nothing)  # expected-error {{`Int` has no member named `nothing`}}
    print(Point.x)  # expected-error {{`Point` has no member named `x`}}
