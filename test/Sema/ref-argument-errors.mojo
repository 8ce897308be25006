# RUN: %mojoc check -verify %s
# A `ref` argument takes its mutability from the argument: bound to a
# temporary or a read-only argument, it cannot change in the callee. One
# declared with a mutable origin needs a mutable variable.

fn bump(ref x: Int):
    x += 1  # expected-error {{cannot modify `x`: this `ref` argument is bound to a value that cannot change (a temporary or a read-only argument)}}

fn peek(ref x: Int) -> Int:
    return x

fn bump_bound[o: MutableOrigin](ref [o] x: Int):
    x += 1

fn main():
    _ = peek(1)
    bump(1)  # expected-note {{`x` is bound to an immutable value by this call}}
    var n = 1
    bump(n)
    bump_bound(n)
    bump_bound(n + 1)  # expected-error {{a `ref` argument bound mutably must be a mutable variable or field of the argument's type, not a temporary or a read-only value}}
