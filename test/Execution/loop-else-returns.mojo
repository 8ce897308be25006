# RUN: %mojoc run %s | %FileCheck %s
# A loop with no `break` whose `else` returns ends the function; `Int`
# accepts `Bool` implicitly; `inout self` still spells a constructor.

fn find(n: Int) -> Int:
    for i in range(n):
        if i == 3:
            return i
    else:
        return -1

fn countdown(n: Int) -> Int:
    var k = n
    while k > 0:
        k -= 1
    else:
        return k

struct S:
    var x: Int

    fn __init__(inout self):
        self.x = 4

fn main():
    var a: Int = True
    a += True
    # CHECK: 2 3 -1 0 4
    print(a, find(10), find(2), countdown(5), S().x)
