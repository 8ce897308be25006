# RUN: %mojoc check -verify %s
# Assigning a non-copyable variable to another is an error.

# Movable, not copyable.
struct NoCopy:
    var id: Int

    fn __init__(out self, id: Int):
        self.id = id

    fn __moveinit__(out self, owned existing: Self):
        self.id = existing.id

fn main():
    var x = NoCopy(1)
    var y = NoCopy(2)
    y = x  # expected-error {{value of type `NoCopy` cannot be copied}}
    print(y.id)
