# RUN: %mojoc check -verify %s
# `@value` does not synthesize `__copyinit__` when a field is not copyable,
# so copying the struct is an error; moving it still works.

# Movable, not copyable.
struct NoCopy:
    var id: Int

    fn __init__(out self, id: Int):
        self.id = id

    fn __moveinit__(out self, owned existing: Self):
        self.id = existing.id

@value
struct Holder:
    var n: NoCopy

fn main():
    var h = Holder(NoCopy(1))
    var c = h  # expected-error {{value of type `Holder` cannot be copied}}
    var m = h^
