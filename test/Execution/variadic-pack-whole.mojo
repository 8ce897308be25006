# RUN: %mojoc run %s | FileCheck %s
# A `*args: *Ts` pack named whole at a call fills a parameter declared
# `VariadicPack[_, Writable, *Ts]`, as Mojo 24.6 spells a pack passed on:
# `write_args`, `String.write(args)`, and user functions, through two
# levels, with no elements too.

from utils import write_args


fn log[*Ts: Writable](*args: *Ts):
    var line = String("[log] ")
    write_args(line, args, sep=", ", end=".")
    print(line)


fn joined[*Ts: Writable](*args: *Ts) -> String:
    return String.write(args, sep="-")


fn count[*Ts: Writable](args: VariadicPack[_, Writable, *Ts]) -> Int:
    return len(args)


fn outer[*Ts: Writable](*args: *Ts) -> Int:
    return middle(args)


fn middle[*Ts: Writable](args: VariadicPack[_, Writable, *Ts]) -> Int:
    # A `VariadicPack` parameter is itself a pack: it can be passed on.
    return count(args) * 10 + len(args)


fn main():
    # CHECK: [log] 1, two, 3.5.
    log(1, "two", 3.5)
    # CHECK-NEXT: [log] .
    log()
    # CHECK-NEXT: 1-2-3 ||
    print(joined(1, 2, 3), "|" + joined() + "|")
    # CHECK-NEXT: 22 0
    print(outer("a", True), outer())
    # Values passed one by one still take the `*args` overload.
    # CHECK-NEXT: ab
    print(String.write("a", "b"))
