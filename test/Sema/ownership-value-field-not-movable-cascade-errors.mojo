# RUN: %mojoc check -verify %s
# `@value` with a field that is neither copyable nor movable reports one
# error, not a second one from its synthesized fieldwise `__init__`.

# Neither copyable nor movable.
struct Fixed:
    var id: Int

    fn __init__(out self, id: Int):
        self.id = id

@value
struct Holder:  # expected-error {{`@value` cannot synthesize the members of `Holder`: a field is neither copyable nor movable}}
    var f: Fixed

fn main():
    var h = Holder(Fixed(1))
    print(h.f.id)
