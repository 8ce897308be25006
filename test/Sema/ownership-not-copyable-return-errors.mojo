# RUN: %mojoc check -verify %s
# Returning a non-copyable `read` argument, or a field of one, needs a copy: an error.

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

fn give(n: NoCopy) -> NoCopy:
    return n  # expected-error {{value of type `NoCopy` cannot be copied}}

fn field(h: Holder) -> NoCopy:
    return h.n  # expected-error {{value of type `NoCopy` cannot be copied}}

fn main():
    pass
