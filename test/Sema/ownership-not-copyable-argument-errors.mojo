# RUN: %mojoc check -verify %s
# Passing a non-copyable lvalue to an `owned` argument without `^` is an error.

# Movable, not copyable.
struct NoCopy:
    var id: Int

    fn __init__(out self, id: Int):
        self.id = id

    fn __moveinit__(out self, owned existing: Self):
        self.id = existing.id

fn consume(owned n: NoCopy):
    pass

fn main():
    var x = NoCopy(1)
    consume(x)  # expected-error {{value of type `NoCopy` cannot be copied}}
    consume(x^)
