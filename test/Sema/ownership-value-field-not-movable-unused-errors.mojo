# RUN: %mojoc check -verify %s
# `@value` with a field that is neither copyable nor movable is an error
# even when the struct is never used.
# XFAIL: *
# BUG: the error is only reported once the struct's lifecycle is needed (a
# variable of the type); an unused declaration is accepted.

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
