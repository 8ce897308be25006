# RUN: %mojoc run %s | %FileCheck %s
# `Int.MIN // -1` wraps like every other Int overflow instead of trapping.

fn main():
    var m = -9223372036854775807 - 1
    var d = -1
    # CHECK: -9223372036854775808 0
    print(m // d, m % d)
