# RUN: %mojoc run %s | %FileCheck %s
# A parametric struct meets a trait's associated alias with an `alias`
# member computed from its parameters, so each instance has its own value,
# which a generic function reads as `T.N` and folds in `@parameter if`.

trait Sized2:
    alias size: Int

    fn describe(self) -> Int:
        ...


struct Vec[n: Int](Sized2):
    alias size = n
    alias bytes = n * 8

    fn __init__(out self):
        pass

    fn describe(self) -> Int:
        return Self.bytes


struct Square[side: Int](Sized2):
    alias size = side * side

    fn __init__(out self):
        pass

    fn describe(self) -> Int:
        return self.size


fn total[T: Sized2](x: T) -> Int:
    return T.size * 1000 + x.describe()


fn category[T: Sized2]() -> Int:
    @parameter
    if T.size > 10:
        return 2
    elif T.size > 3:
        return 1
    return 0


fn main():
    # CHECK: 3024 16016
    print(total(Vec[3]()), total(Square[4]()))
    # CHECK-NEXT: 0 1 2
    print(category[Vec[2]](), category[Square[2]](), category[Vec[11]]())
    # Read through the instance type and through a value.
    # CHECK-NEXT: 40 25
    print(Vec[5].bytes, Square[5]().size)
