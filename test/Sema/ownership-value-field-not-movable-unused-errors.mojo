# RUN: %mojoc check -verify %s
# `@value` with a field that is neither copyable nor movable is an error
# even when the struct is never used.

# Neither copyable nor movable.
struct Fixed:
    var id: Int

    fn __init__(out self, id: Int):
        self.id = id

@value
struct Holder:  # expected-error {{`@value` cannot synthesize the members of `Holder`: a field is neither copyable nor movable}}
    var f: Fixed

fn main():
    pass
