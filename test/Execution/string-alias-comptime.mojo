# RUN: %mojoc run %s | FileCheck %s
# `String` and `List[String]` values computed at compile time: the
# interpreter runs the stdlib's text code, and the buffers it allocates
# become the program's constants (docs/compiler/comptime.md).


fn greet(name: String) -> String:
    return "hello, " + name + "!"


alias G = greet("mojo")
alias S = String("a") + "b"
alias U = String("MiXeD").upper()
alias PARTS = String("a b  c").split()


fn main():
    # CHECK: hello, mojo! ab MIXED 3 c
    print(G, S, U, len(PARTS), PARTS[2])
    # CHECK-NEXT: two
    @parameter
    if len(S) == 2:
        print("two")
    # Each use is a copy: changing one leaves the constant as it was.
    var g = G
    g += "?"
    # CHECK-NEXT: hello, mojo!? hello, mojo!
    print(g, G)
