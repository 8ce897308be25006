# RUN: %limit %mojoc check -verify %s
# `@parameter for` bounds must be `Int`s, the step nonzero, and the trip
# count within the unrolling budget; none of these is silently zero trips
# or a loop that never ends.

fn main():
    @parameter
    for i in range(1 << 70): # expected-error {{integer value `1180591620717411303424` does not fit in `Int`}}
        pass
    @parameter
    for i in range(0, 10, 0): # expected-error {{the step of `range` must not be zero}}
        pass
    @parameter
    for i in range(-9223372036854775807 - 1, 9223372036854775807): # expected-error {{`@parameter for` would unroll 18446744073709551615 iterations in this function, more than the limit of 1000000}}
        pass
