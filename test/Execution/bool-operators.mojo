# RUN: %mojoc run %s | %FileCheck %s
# `not`, `and`, `or` on Bool values, and how Bool prints.

fn main():
    var t = True
    var f = False
    # CHECK: True False
    print(t, f)
    # CHECK-NEXT: False True
    print(not t, not f)
    # CHECK-NEXT: False True True False
    print(t and f, t or f, t and t, f or f)
    # CHECK-NEXT: True
    print(not not t)
    # CHECK-NEXT: True
    print(not (t and f))
