# RUN: %mojoc run %s | %FileCheck %s
# A parametric struct's parameters are inferred from its constructor's
# arguments (LANGUAGE.md §8): through a written `__init__` or `@value`'s
# fieldwise one, directly (`x: T`) or inside another parametric type.

@value
struct Pair[A: CollectionElement, B: CollectionElement]:
    var first: A
    var second: B

    @staticmethod
    fn of(a: A, b: B) -> Self:
        return Self(a, b)

    @staticmethod
    fn twice(a: A) -> Pair[A, A]:
        return Pair[A, A](a, a)


@value
struct Box[T: CollectionElement]:
    var item: T

    fn __init__(out self, item: T):
        self.item = item

    fn get(self) -> T:
        return self.item


struct Wrapper[T: CollectionElement, scale: Int = 10]:
    var inner: Box[T]

    fn __init__(out self, inner: Box[T]):
        self.inner = inner

    fn scaled(self) -> Int:
        return scale


fn main():
    # CHECK: 1 True
    var p = Pair(1, True)
    print(p.first, p.second)
    # Literals infer the types they materialize to.
    # CHECK-NEXT: 7
    var b = Box(7)
    print(b.get() + 0)
    # CHECK-NEXT: 2 False
    var nested = Pair(Pair(2, False), 3)
    print(nested.first.first, nested.first.second)
    # CHECK-NEXT: True 10
    var w = Wrapper(Box(True))
    print(w.inner.get(), w.scaled())
    # Keyword arguments bind by name.
    # CHECK-NEXT: 5 True
    var k = Pair(second=True, first=5)
    print(k.first, k.second)
    # A static method infers them too.
    # CHECK-NEXT: 1 True
    var s = Pair.of(1, True)
    print(s.first, s.second)
    # CHECK-NEXT: 8
    var t = Pair[Int, Int].twice(4)
    print(t.first + t.second)
