# RUN: %mojoc run %s | %FileCheck %s --match-full-lines --strict-whitespace
# `print` joins its values with `sep` (default " ") and ends with `end`
# (default "\n"); `flush` is accepted.

fn main():
    # CHECK:1 2 3
    print(1, 2, 3)
    # CHECK-NEXT:1-2-3
    print(1, 2, 3, sep="-")
    # CHECK-NEXT:abc
    print("a", "b", "c", sep="")
    # CHECK-NEXT:x, True, 7.
    print("x", True, 7, sep=", ", end=".\n")
    print("no newline", end="")
    print(" joined")
    # CHECK-NEXT:no newline joined
    print(1, 2, end=" | ", sep="+")
    print("tail", flush=True)
    # CHECK-NEXT:1+2 | tail
    print("only", sep="ignored with one value")
    # CHECK-NEXT:only
