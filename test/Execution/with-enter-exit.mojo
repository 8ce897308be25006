# RUN: %mojoc run %s | %FileCheck %s
# `with` calls `__enter__` before the body and `__exit__` after it; `as`
# binds what `__enter__` returns. Several items nest: the first is entered
# first and exited last.


struct Resource:
    var name: StringLiteral

    fn __init__(out self, name: StringLiteral):
        self.name = name

    fn __enter__(self) -> StringLiteral:
        print("enter", self.name)
        return self.name

    fn __exit__(self):
        print("exit", self.name)


fn main():
    with Resource("a") as name:
        print("body with", name)
    # CHECK: enter a
    # CHECK-NEXT: body with a
    # CHECK-NEXT: exit a
    with Resource("outer") as first, Resource("inner"):
        print("inside", first)
    # CHECK-NEXT: enter outer
    # CHECK-NEXT: enter inner
    # CHECK-NEXT: inside outer
    # CHECK-NEXT: exit inner
    # CHECK-NEXT: exit outer
    var r = Resource("variable")
    with r:
        print("body")
    # CHECK-NEXT: enter variable
    # CHECK-NEXT: body
    # CHECK-NEXT: exit variable
