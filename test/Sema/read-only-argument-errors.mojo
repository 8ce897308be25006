# RUN: %mojoc check -verify %s
# `read` arguments of an `fn` (the default) cannot change; a `def` gets a
# private copy instead.

fn take_mut(mut a: Int):
    a += 1

struct Box:
    var x: Int

    fn __init__(out self, x: Int):
        self.x = x

    fn bad(self):
        self.x = 3  # expected-error {{cannot modify `self`: it is a read-only argument}}

    fn good(mut self):
        self.x = 3

fn assign(a: Int):
    a = 5  # expected-error {{cannot modify `a`}}

fn augment(a: Int):
    a += 5  # expected-error {{cannot modify `a`}}

fn pass_on(a: Int):
    take_mut(a)  # expected-error {{cannot modify `a`}}

fn owned_is_fine(owned a: Int):
    a = 5

def def_is_fine(a: Int):
    a = 5
