# RUN: %not %mojoc build --emit=mlir %s -o /dev/null 2>&1 | %FileCheck %s
# A splice that spells no MLIR type is reported where it is written, with
# the spelling of the instance that used it.


@register_passable("trivial")
struct Lanes[n: Int]:
    # CHECK-DAG: mlir-splice-invalid.mojo:[[@LINE+1]]:12: error: `vector<3xfoo>` is not a valid MLIR type
    var v: __mlir_type[`vector<`, n, `xfoo>`]

    fn __init__(out self):
        self.v = __mlir_op.`arith.constant`[
            value = __mlir_attr[`dense<0> : vector<`, n, `xi64>`],
            _type = __mlir_type[`vector<`, n, `xfoo>`],
        ]()


fn main():
    # CHECK-DAG: mlir-splice-invalid.mojo:[[@LINE+1]]:13: error: `dense<0> : vector<4xi64` is not a valid MLIR attribute
    var y = __mlir_op.`arith.constant`[
        value = __mlir_attr[`dense<0> : vector<`, 4, `xi64`],
        _type = __mlir_type[`vector<`, 4, `xi64>`],
    ]()
    var v = Lanes[3]()
