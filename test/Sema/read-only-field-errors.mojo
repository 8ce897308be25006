# RUN: %mojoc check -verify %s
# Fields of a `read` argument are read-only too: not assignable, not
# augmentable, not passable `mut`, not the receiver of a `mut self` method.

@value
struct Box:
    var v: Int

    fn __init__(out self, v: Int):
        self.v = v

    fn bump(mut self):
        self.v += 1

fn set_int(mut n: Int):
    n = 0

fn assign_field(b: Box):
    b.v = 1  # expected-error {{cannot modify `b`: it is a read-only argument; declare it `mut` or `owned` to change it}}

fn augment_field(b: Box):
    b.v += 1  # expected-error {{cannot modify `b`}}

fn pass_field(b: Box):
    set_int(b.v)  # expected-error {{cannot modify `b`}}

fn mut_receiver(b: Box):
    b.bump()  # expected-error {{cannot modify `b`}}

fn explicit_read(read b: Box):
    b.v = 2  # expected-error {{cannot modify `b`}}

fn borrowed_spelling(borrowed b: Box):
    b.v = 2  # expected-error {{cannot modify `b`}}

fn owned_is_fine(owned b: Box):
    b.v = 1
    b.bump()

fn inout_is_mut(inout b: Box):
    b.v = 1

def def_is_fine(b: Box):
    b.v = 1
    b.bump()

fn main():
    var b = Box(1)
    inout_is_mut(b)
