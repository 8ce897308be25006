# RUN: %mojoc run %s | %FileCheck %s
# Compile-time parameters of functions (LANGUAGE.md §8): `Bool`, string
# and type values, keywords, defaults, infer-only parameters, and values
# read off argument types.

@value
struct Box[T: CollectionElement]:
    var item: T


struct Grid[rows: Int, cols: Int = 2]:
    fn __init__(out self):
        pass


fn pick[flag: Bool]() -> Int:
    @parameter
    if flag:
        return 1
    else:
        return 2


fn label[name: StringLiteral]():
    print("test", name)


fn scaled[n: Int = 3, factor: Int = 10]() -> Int:
    return n * factor


fn unbox[T: CollectionElement](b: Box[T]) -> T:
    return b.item


fn cells[r: Int, c: Int](g: Grid[r, c]) -> Int:
    return r * c


fn width[n: Int, //](g: Grid[n]) -> Int:
    return n


fn default_of[T: CollectionElement](x: T) -> T:
    return x


alias IntBox = Box[Int]


fn main():
    # CHECK: 1 2
    print(pick[True](), pick[False]())
    # CHECK-NEXT: test ok
    label["ok"]()
    # CHECK-NEXT: 30 40 25
    print(scaled(), scaled[4](), scaled[factor=5, n=10]() // 2)
    # CHECK-NEXT: 9 True
    print(unbox(Box(9)), unbox(Box(True)))
    # CHECK-NEXT: 12 6
    print(cells(Grid[3, 4]()), cells(Grid[3]()))
    # CHECK-NEXT: 5
    print(width(Grid[5]()))
    # CHECK-NEXT: 8
    print(unbox[Int](IntBox(8)))
    # CHECK-NEXT: 4
    print(default_of[IntBox](IntBox(4)).item)
