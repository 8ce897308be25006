# RUN: %mojoc check -verify %s
# mojoc binds a `ref` argument mutably, so it needs a mutable variable or
# field: a temporary or a read-only argument is refused.

fn bump(ref x: Int):
    x += 1

fn bump_bound[o: MutableOrigin](ref [o] x: Int):
    x += 1

fn from_read(n: Int):
    bump(n)  # expected-error {{a `ref` argument must be a mutable variable or field; mojoc does not yet pass a temporary or read-only value to `ref`}}

fn main():
    bump(1)  # expected-error {{a `ref` argument must be a mutable variable or field}}
    var n = 1
    bump(n)
    bump_bound(n)
    bump_bound(n + 1)  # expected-error {{a `ref` argument must be a mutable variable or field}}
