# RUN: %mojoc run %s alpha "two words" "" | %FileCheck %s
# `sys.argv()` is the program's arguments after the file; argv()[0] is the
# file, as Mojo gives it.
from sys import argv


fn main():
    var args = argv()
    # CHECK: 4
    print(len(args))
    # CHECK-NEXT: sys-argv.mojo
    print(args[0])
    for i in range(1, len(args)):
        # CHECK-NEXT: [alpha]
        # CHECK-NEXT: [two words]
        # CHECK-NEXT: []
        print("[", args[i], "]", sep="")
