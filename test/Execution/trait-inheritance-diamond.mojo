# RUN: %mojoc run %s | %FileCheck %s
# Trait inheritance in a diamond: `Both(Left, Right)`, where each inherits
# `Base`. A `Both` bound offers every ancestor's methods, and meets each
# ancestor's bound when passed on to a generic function.

trait Base:
    fn id(self) -> Int:
        ...


trait Left(Base):
    fn left(self) -> Int:
        ...


trait Right(Base):
    fn right(self) -> Int:
        ...


trait Both(Left, Right):
    pass


@value
struct Node(Both):
    var n: Int

    fn id(self) -> Int:
        return self.n

    fn left(self) -> Int:
        return self.n * 10

    fn right(self) -> Int:
        return self.n * 100


fn via_base[T: Base](x: T) -> Int:
    return x.id()


fn via_left[T: Left](x: T) -> Int:
    return x.left() + via_base(x)


fn via_right[T: Right](x: T) -> Int:
    return x.right() + via_base(x)


fn via_both[T: Both](x: T) -> Int:
    return via_left(x) + via_right(x) + x.id()


fn main():
    # CHECK: 2
    print(via_base(Node(2)))
    # CHECK-NEXT: 22 202
    print(via_left(Node(2)), via_right(Node(2)))
    # CHECK-NEXT: 226
    print(via_both(Node(2)))
