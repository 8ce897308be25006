# RUN: %mojoc run %s | %FileCheck %s --match-full-lines
# A struct that implements `write_to[W: Writer]` can be passed to `print`,
# alone or mixed with other values, with `sep` and `end`.

@register_passable("trivial")
struct Pair:
    var first: Int
    var second: Int

    fn __init__(out self, first: Int, second: Int):
        self.first = first
        self.second = second

    fn write_to[W: Writer](self, mut writer: W):
        writer.write("Pair(")
        self.first.write_to(writer)
        writer.write(", ")
        self.second.write_to(writer)
        writer.write(")")

fn main():
    var p = Pair(1, -2)
    # CHECK: Pair(1, -2)
    print(p)
    # CHECK-NEXT: before Pair(3, 4) after
    print("before", Pair(3, 4), "after")
    # CHECK-NEXT: Pair(1, -2);Pair(0, 0).
    print(p, Pair(0, 0), sep=";", end=".\n")
