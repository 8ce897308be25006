# RUN: %mojoc check -verify %s
# Integer literals fold exactly, but the value that becomes an Int must fit in
# 64 bits.

fn take(n: Int):
    pass

fn main():
    var big = 1 << 70  # expected-error {{integer value `1180591620717411303424` does not fit in `Int`}}
    var max_plus_one = 9223372036854775807 + 1  # expected-error {{integer value `9223372036854775808` does not fit in `Int`}}
    take(99999999999999999999)  # expected-error {{integer value `99999999999999999999` does not fit in `Int`}}
    var min = -9223372036854775808
    var below_min = -9223372036854775809  # expected-error {{integer value `-9223372036854775809` does not fit in `Int`}}
    var folded = 1 << 70 >> 68
