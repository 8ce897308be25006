# RUN: %mojoc run %s | %FileCheck %s
# Instances with different parameter values are different types: overloads
# tell them apart, and each has its own register-passable layout.

@register_passable("trivial")
struct Tag[n: Int]:
    var value: Int

    fn __init__(out self, value: Int):
        self.value = value


fn which(t: Tag[2]) -> Int:
    return 2


fn which(t: Tag[3]) -> Int:
    return 3


fn main():
    # CHECK: 2 3
    print(which(Tag[2](0)), which(Tag[3](0)))
    # An alias of an instance is the same type.
    alias Two = Tag[1 + 1]
    # CHECK-NEXT: 2
    print(which(Two(5)))
