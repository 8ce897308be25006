# RUN: %mojoc build %s -o %t && %t | %FileCheck %s
# `mojoc build` writes a native executable that runs without mojoc.

fn main():
    # CHECK: built and run
    print("built and run")
    # CHECK-NEXT: 6 -4
    var a = 2
    print(a * 3, -7 // a)
