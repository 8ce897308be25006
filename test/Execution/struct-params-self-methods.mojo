# RUN: %mojoc run %s | %FileCheck %s
# Inside a parametric struct, `Self` is the instance being checked and the
# parameter names are its values: methods build `Self`, take and return it,
# and build other instances from their own parameters.

@register_passable("trivial")
struct Matrix[rows: Int, cols: Int]:
    var scale: Int

    fn __init__(out self, scale: Int):
        self.scale = scale

    fn transposed(self) -> Matrix[cols, rows]:
        return Matrix[cols, rows](self.scale)

    fn doubled(self) -> Self:
        return Self(self.scale * 2)

    fn plus(self, other: Self) -> Self:
        return Self(self.scale + other.scale)

    fn times[k: Int](self, other: Matrix[cols, k]) -> Matrix[rows, k]:
        return Matrix[rows, k](self.scale * other.scale)

    fn shape(self):
        print(rows, "x", cols, "scale", self.scale)

    @staticmethod
    fn identity() -> Self:
        return Self(1)

    @staticmethod
    fn is_square() -> Bool:
        return rows == cols


fn main():
    var m = Matrix[2, 3](5)
    # CHECK: 3 x 2 scale 5
    m.transposed().shape()
    # CHECK-NEXT: 2 x 3 scale 20
    m.doubled().doubled().shape()
    # CHECK-NEXT: 2 x 3 scale 6
    m.plus(Matrix[2, 3].identity()).shape()
    # `k` is inferred from the argument's type.
    # CHECK-NEXT: 2 x 4 scale 35
    m.times(Matrix[3, 4](7)).shape()
    # CHECK-NEXT: False True
    print(Matrix[2, 3].is_square(), Matrix[4, 4].is_square())
