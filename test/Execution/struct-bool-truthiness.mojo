# RUN: %mojoc run %s | %FileCheck %s
# A struct with `__bool__` can be used as a condition in `if`, `while`,
# `not`, `and`/`or` and the ternary.

@register_passable("trivial")
struct Budget:
    var left: Int

    fn __init__(out self, left: Int):
        self.left = left

    fn __bool__(self) -> Bool:
        return self.left > 0

fn main():
    var b = Budget(3)
    if b:
        print("has budget")
    # CHECK: has budget
    if not Budget(0):
        print("empty budget")
    # CHECK-NEXT: empty budget
    var spent = 0
    while b:
        b = Budget(b.left - 1)
        spent += 1
    # CHECK-NEXT: spent 3
    print("spent", spent)
    # CHECK-NEXT: yes no
    print("yes" if Budget(1) else "no", "yes" if Budget(-1) else "no")
    if Budget(1) and not Budget(0):
        print("and")
    # CHECK-NEXT: and
    if Budget(0) or Budget(2):
        print("or")
    # CHECK-NEXT: or
