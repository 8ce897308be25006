# RUN: %mojoc check -verify %s
# `var y = x` of a type without `__copyinit__` is an error; `x^` is fine.

# Movable, not copyable.
struct NoCopy:
    var id: Int

    fn __init__(out self, id: Int):
        self.id = id

    fn __moveinit__(out self, owned existing: Self):
        self.id = existing.id

fn main():
    var x = NoCopy(1)
    var y = x  # expected-error {{value of type `NoCopy` cannot be copied: it has no `__copyinit__`; move it with `^` or make it copyable (`@value`)}}
    var z = x^
