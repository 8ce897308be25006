# RUN: %mojoc run %s | %FileCheck %s
# Line structure: backslash continuations, expressions spanning lines inside
# brackets, docstrings, `pass` and `...` bodies, comment-only lines, and
# one-line suites after `:`.

fn nothing():
    """A docstring is a no-op statement."""
    pass

fn placeholder():
    ...

fn total(a: Int,
         b: Int,
         c: Int) -> Int:
    return a + \
        b + \
        c

fn main():
    nothing()
    placeholder()
    # CHECK: 6
    print(total(1,
                2,
                3))
    var x = (1 +
             2 *
             3)

    # A comment-only line and blank lines do not end the block.

    # CHECK-NEXT: 7
    print(x)
    for i in range(2): print("one-line", i)
    # CHECK-NEXT: one-line 0
    # CHECK-NEXT: one-line 1
    while x > 5: x -= 1
    # CHECK-NEXT: 5
    print(x)
