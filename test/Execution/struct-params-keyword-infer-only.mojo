# RUN: %mojoc run %s | %FileCheck %s
# An infer-only parameter (before `//`) is never positional: it is bound by
# keyword or read off a constructor argument, after the written ones.

@value
struct Tagged[T: CollectionElement, //, tag: Int]:
    var value: T

    fn describe(self) -> Int:
        return tag


fn main():
    var a = Tagged[tag=7](True)
    # CHECK: 7 True
    print(a.describe(), a.value)
    var b = Tagged[T=Int, tag=3](4)
    # CHECK-NEXT: 3 4
    print(b.describe(), b.value)
