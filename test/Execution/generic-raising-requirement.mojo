# RUN: %mojoc run %s | %FileCheck %s
# A `raises` requirement met by a method that does not raise, and by one
# that does, through one generic body; tuples of parameters and recursion
# through an instance of the same generic.

trait Risky:
    fn go(self) raises -> Int: ...

@value
struct Safe(Risky):
    var v: Int

    fn go(self) -> Int:
        return self.v

@value
struct Boom(Risky):
    fn go(self) raises -> Int:
        raise Error("boom")

fn attempt[T: Risky](x: T) -> Int:
    try:
        return x.go()
    except e:
        print("caught", e)
        return -1

fn pair[A: CollectionElement, B: CollectionElement](a: A, b: B) -> (A, B):
    return (a, b)

fn swapped[A: CollectionElement, B: CollectionElement](t: (A, B)) -> (B, A):
    return (t[1], t[0])

fn depth[T: Risky](x: T, n: Int) raises -> Int:
    if n == 0:
        return x.go()
    return depth(x, n - 1) + 1

fn main() raises:
    # CHECK: caught boom
    # CHECK-NEXT: 3 -1
    print(attempt(Safe(3)), attempt(Boom()))
    var p = swapped(pair(1, True))
    # CHECK-NEXT: True 1
    print(p[0], p[1])
    # CHECK-NEXT: 15
    print(depth(Safe(10), 5))
