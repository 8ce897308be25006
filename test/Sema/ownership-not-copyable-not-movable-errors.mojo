# RUN: %mojoc check -verify %s
# Copying a type with neither copy nor move constructor reports that it cannot be copied.

# Neither copyable nor movable.
struct Fixed:
    var id: Int

    fn __init__(out self, id: Int):
        self.id = id

fn main():
    var x = Fixed(1)
    var y = x  # expected-error {{value of type `Fixed` cannot be copied}}
