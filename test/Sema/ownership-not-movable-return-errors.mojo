# RUN: %mojoc check -verify %s
# Returning a local of a type that can be neither moved nor copied reports
# that it cannot be moved.
# XFAIL: *
# BUG: the error says the value "cannot be copied" and suggests moving it
# with `^`, which is impossible for this type.

# Neither copyable nor movable.
struct Fixed:
    var id: Int

    fn __init__(out self, id: Int):
        self.id = id

fn make() -> Fixed:
    var x = Fixed(1)
    return x  # expected-error {{value of type `Fixed` cannot be moved}}

fn main():
    pass
