# RUN: rm -f %t
# RUN: %not %mojoc build %s -o %t 2>&1 | %FileCheck %s
# RUN: not test -e %t
# A program with an error produces a diagnostic and no executable.

fn main():
    # CHECK: build-compile-error.mojo:[[@LINE+1]]:18: error: cannot implicitly convert `StringLiteral` value to `Int`
    var x: Int = "text"
    print(x)
