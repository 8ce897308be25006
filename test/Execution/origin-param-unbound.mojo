# RUN: %mojoc run %s | FileCheck %s
# An origin parameter no argument's type binds is any origin (origins are
# not tracked), so a `List` converts to a `Span[Int, o]` argument of a
# generic function as it does to `Span[Int, _]`.

from memory import Span


fn total[o: MutableOrigin](s: Span[Int, o]) -> Int:
    var t = 0
    for x in s:
        t += x[]
    return t


fn size[m: Bool, //, o: Origin[m]](s: Span[Int, o]) -> Int:
    return len(s)


fn first[o: ImmutableOrigin](s: Span[Int, o]) -> Int:
    return s[0]


fn main():
    var l = List[Int](3, 1, 2)
    # CHECK: 6 3 3
    print(total(l), size(l), first(l))
