# RUN: %mojoc check -verify %s
# `x^` of a type with neither `__moveinit__` nor `__copyinit__` is an error.

# Neither copyable nor movable.
struct Fixed:
    var id: Int

    fn __init__(out self, id: Int):
        self.id = id

fn consume(owned f: Fixed):
    pass

fn main():
    var x = Fixed(1)
    var y = x^  # expected-error {{value of type `Fixed` cannot be moved: it has no `__moveinit__` or `__copyinit__`}}
    var z = Fixed(2)
    consume(z^)  # expected-error {{value of type `Fixed` cannot be moved}}
