# RUN: %mojoc check -verify %s
# Returning a local of a type that can be neither moved nor copied reports
# that it can be neither copied nor moved.

# Neither copyable nor movable.
struct Fixed:
    var id: Int

    fn __init__(out self, id: Int):
        self.id = id

fn make() -> Fixed:
    var x = Fixed(1)
    return x  # expected-error {{value of type `Fixed` cannot be copied or moved: it has no `__copyinit__` or `__moveinit__`}}

fn main():
    pass
