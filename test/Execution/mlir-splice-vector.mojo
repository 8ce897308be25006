# RUN: %mojoc run %s | %FileCheck %s
# `__mlir_type[...]` and `__mlir_attr[...]` splice text and compile-time
# values into an MLIR spelling: a struct parametric in its width holds an
# `i64` vector of that width, per instance.

alias i64 = __mlir_type.i64
alias Lanes = 8
alias Wide = __mlir_type[`vector<`, Lanes, `x`, i64, `>`]
alias ElementName = "i64"


@register_passable("trivial")
struct Vec[size: Int]:
    alias _vec_type = __mlir_type[`vector<`, size, `x`, ElementName, `>`]
    var value: __mlir_type[`vector<`, size, `xi64>`]

    fn __init__(out self, x: Int):
        var e = __mlir_op.`arith.index_cast`[_type=i64](x.value)
        self.value = __mlir_op.`vector.broadcast`[_type = Self._vec_type](e)

    fn __add__(self, rhs: Self) -> Self:
        var r = self
        r.value = __mlir_op.`arith.addi`[_type = Self._vec_type](
            self.value, rhs.value
        )
        return r

    fn plus_three(self) -> Self:
        var three = __mlir_op.`arith.constant`[
            value = __mlir_attr[`dense<3> : vector<`, size, `xi64>`],
            _type = Self._vec_type,
        ]()
        var r = self
        r.value = __mlir_op.`arith.addi`[_type = Self._vec_type](
            self.value, three
        )
        return r

    fn lane(self, i: Int) -> Int:
        var e = __mlir_op.`vector.extractelement`[_type=i64](self.value, i.value)
        return Int(__mlir_op.`arith.index_cast`[_type = __mlir_type.index](e))

    fn sum(self) -> Int:
        var total = 0
        for i in range(size):
            total += self.lane(i)
        return total


fn widest() -> Int:
    var v = __mlir_op.`arith.constant`[
        value = __mlir_attr[`dense<5> : `, Wide], _type=Wide
    ]()
    var e = __mlir_op.`vector.extractelement`[_type=i64](v, Int(7).value)
    return Int(__mlir_op.`arith.index_cast`[_type = __mlir_type.index](e))


fn flag[on: Bool]() -> Bool:
    return __mlir_op.`arith.constant`[
        value = __mlir_attr[on], _type = __mlir_type.i1
    ]()


fn lanes[n: Int](x: Int) -> Int:
    # A generic function's splice: each instance spells its own type.
    var v = __mlir_op.`vector.broadcast`[
        _type = __mlir_type[`vector<`, n, `xi64>`]
    ](__mlir_op.`arith.index_cast`[_type=i64](x.value))
    var last: Int = n - 1
    var e = __mlir_op.`vector.extractelement`[_type=i64](v, last.value)
    return Int(__mlir_op.`arith.index_cast`[_type = __mlir_type.index](e)) * n


fn main():
    var a = Vec[4](3) + Vec[4](4)
    # CHECK: 7 28
    print(a.lane(2), a.sum())
    var b = Vec[2](10).plus_three()
    # CHECK-NEXT: 13 26
    print(b.lane(1), b.sum())
    # CHECK-NEXT: 5
    print(widest())
    # CHECK-NEXT: True False
    print(flag[True](), flag[False]())
    # CHECK-NEXT: 6 12
    print(lanes[3](2), lanes[4](3))
