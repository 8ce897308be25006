# RUN: %mojoc check -verify %s
# `@value` is an error when a field is neither copyable nor movable.

# Neither copyable nor movable.
struct Fixed:
    var id: Int

    fn __init__(out self, id: Int):
        self.id = id

@value
struct Holder:  # expected-error {{`@value` cannot synthesize the members of `Holder`: a field is neither copyable nor movable}}
    var f: Fixed

    fn __init__(out self, owned f: Fixed):
        self.f = Fixed(f.id)

fn main():
    var h = Holder(Fixed(1))
    print(h.f.id)
