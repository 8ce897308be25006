# RUN: %mojoc run %s | %FileCheck %s
# Methods of a parametric struct with parameters of their own: a type
# parameter inferred from an argument, a value parameter written on a
# static method, and results that are other instances built from both.

@value
struct Box[T: CollectionElement]:
    var item: T

    fn paired[U: CollectionElement](self, other: U) -> Box[Tuple[T, U]]:
        return Box((self.item, other))

    fn replace[U: CollectionElement](self, other: U) -> Box[U]:
        return Box(other)


struct Row[n: Int]:
    fn __init__(out self):
        pass

    @staticmethod
    fn widened[k: Int]() -> Row[n * k]:
        return Row[n * k]()

    fn width(self) -> Int:
        return n


fn main():
    var b = Box(1)
    var p = b.paired(True)
    # CHECK: 1 True
    print(p.item[0], p.item[1])
    # CHECK-NEXT: False
    print(b.replace(False).item)
    # CHECK-NEXT: 12
    print(Row[3].widened[4]().width())
