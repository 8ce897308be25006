# RUN: %mojoc check -verify %s
# A huge IntLiteral that does not fit `Int` is described by its first and
# last digits, not printed in full in the diagnostic.

fn main():
    var x: Int = 1 << 65000 # expected-error {{integer value `890672736533...062049509376 (19567 digits)` does not fit in `Int`}}
    var y: Int = -(1 << 64) # expected-error {{integer value `-18446744073709551616` does not fit in `Int`}}
