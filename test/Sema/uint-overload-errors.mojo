# RUN: %mojoc check -verify %s
# Int and UInt convert to each other implicitly, so a call that mixes them
# where both have an overload is ambiguous; literals alone take Int's.

fn main():
    var i = 1
    var u = UInt(2)
    _ = min(1, 2)
    _ = min(u, 2)
    _ = min(i, u)  # expected-error {{ambiguous call to `min`}}
    var big: UInt = 18446744073709551616  # expected-error {{integer value `18446744073709551616` does not fit in `UInt`}}
    var neg: Int = 18446744073709551615  # expected-error {{integer value `18446744073709551615` does not fit in `Int`}}

# The first three candidates of the ambiguous call, in stdlib/builtin/math.mojo.
# expected-note@* {{candidate: min}}
# expected-note@* {{candidate: min}}
# expected-note@* {{candidate: min}}
