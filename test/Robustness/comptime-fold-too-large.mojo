# RUN: %limit %mojoc check -verify %s
# Folding IntLiteral operators in a body is bounded by the value size budget.

fn main():
    var a = 1 << 70000 # expected-error {{compile-time integer value exceeds the size limit of 65536 bits}}
    var b = (1 << 65534) * 2 # expected-error {{exceeds the size limit of 65536 bits}}
    var c = ((1 << 65534) * 2) >> 65534 # expected-error {{exceeds the size limit of 65536 bits}}
