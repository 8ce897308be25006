# RUN: %mojoc run %s | %FileCheck %s
# Structs at compile time: constructors, methods, fields and operators run
# in the interpreter, and a struct value can be a parameter.

struct Counter:
    var count: Int
    var step: Int

    fn __init__(out self, step: Int):
        self.count = 0
        self.step = step

    fn advance(mut self, times: Int):
        for _ in range(times):
            self.count += self.step

    fn total(self) -> Int:
        return self.count


fn counted(step: Int, times: Int) -> Int:
    var c = Counter(step)
    c.advance(times)
    return c.total()


@value
struct Size:
    var rows: Int
    var cols: Int

    fn area(self) -> Int:
        return self.rows * self.cols

    fn transposed(self) -> Size:
        return Size(self.cols, self.rows)

    fn __eq__(self, other: Size) -> Bool:
        return self.rows == other.rows and self.cols == other.cols


struct Shifted:
    var x: Int

    fn __init__(out self, x: Int):
        self.x = x + 100


fn rows_of[s: Size]() -> Int:
    return s.rows


fn shifted_x[s: Shifted]() -> Int:
    return s.x


alias TOTAL = counted(3, 5)
alias AREA = Size(3, 4).area()
alias FLIPPED = Size(2, 9).transposed()


fn main():
    # CHECK: 15 12
    print(TOTAL, AREA)
    # CHECK-NEXT: 9 2
    print(FLIPPED.rows, FLIPPED.cols)
    # CHECK-NEXT: 9
    print(rows_of[Size(2, 9).transposed()]())
    # CHECK-NEXT: 101
    print(shifted_x[Shifted(1)]())
    # CHECK-NEXT: equal
    @parameter
    if Size(1, 2) == Size(1, 2):
        print("equal")
    else:
        print("different")
