# RUN: %mojoc run %s | %FileCheck %s --match-full-lines --strict-whitespace
# `print()` writes just the `end` string; `sep` has nothing to separate.

fn main():
    print("first")
    print()
    print("third")
    print(end="")
    print(sep="x")
    print(end="!\n")
    # CHECK:first
    # CHECK-EMPTY:
    # CHECK-NEXT:third
    # CHECK-EMPTY:
    # CHECK-NEXT:!
