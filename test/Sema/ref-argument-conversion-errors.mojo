# RUN: %mojoc check -verify %s
# A mutable variable binds a `ref` mutably, so it must not need an implicit
# conversion, which would make a temporary of it.

fn bump(ref x: Int):
    x += 1

fn main():
    var flag = True
    bump(flag)  # expected-error {{a `ref` argument bound mutably must be a mutable variable or field of the argument's type, not a temporary or a read-only value}}
