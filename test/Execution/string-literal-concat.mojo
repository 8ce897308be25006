# RUN: %mojoc run %s | FileCheck %s
# `+` of two string literals is one string literal, folded by the checker
# wherever it appears: in a body, in an alias, in a parameter.

alias GREETING = "hello, " + "world"


fn show[text: StringLiteral]():
    print(text)


fn main():
    # CHECK: hello, world
    print(GREETING)
    # CHECK-NEXT: abc 3
    var s = "a" + "b" + "c"
    print(s, len(s))
    # CHECK-NEXT: param: x
    show["param: " + "x"]()
