# RUN: %mojoc run -I %S/Inputs %s | %FileCheck %s
# `arith.cmpf` with each of its 16 predicates (the attribute is the
# predicate's number), on scalars and on vectors: ordered predicates are
# false when either side is a NaN, unordered ones true.
from floatprint import f64, bit, show_i1x4


fn cmp[pred: Int](a: __mlir_type.f64, b: __mlir_type.f64) -> Bool:
    @parameter
    if pred == 0:
        return bit(__mlir_op.`arith.cmpf`[predicate = __mlir_attr.`0 : i64`, _type = __mlir_type.i1](a, b))
    elif pred == 1:
        return bit(__mlir_op.`arith.cmpf`[predicate = __mlir_attr.`1 : i64`, _type = __mlir_type.i1](a, b))
    elif pred == 2:
        return bit(__mlir_op.`arith.cmpf`[predicate = __mlir_attr.`2 : i64`, _type = __mlir_type.i1](a, b))
    elif pred == 3:
        return bit(__mlir_op.`arith.cmpf`[predicate = __mlir_attr.`3 : i64`, _type = __mlir_type.i1](a, b))
    elif pred == 4:
        return bit(__mlir_op.`arith.cmpf`[predicate = __mlir_attr.`4 : i64`, _type = __mlir_type.i1](a, b))
    elif pred == 5:
        return bit(__mlir_op.`arith.cmpf`[predicate = __mlir_attr.`5 : i64`, _type = __mlir_type.i1](a, b))
    elif pred == 6:
        return bit(__mlir_op.`arith.cmpf`[predicate = __mlir_attr.`6 : i64`, _type = __mlir_type.i1](a, b))
    elif pred == 7:
        return bit(__mlir_op.`arith.cmpf`[predicate = __mlir_attr.`7 : i64`, _type = __mlir_type.i1](a, b))
    elif pred == 8:
        return bit(__mlir_op.`arith.cmpf`[predicate = __mlir_attr.`8 : i64`, _type = __mlir_type.i1](a, b))
    elif pred == 9:
        return bit(__mlir_op.`arith.cmpf`[predicate = __mlir_attr.`9 : i64`, _type = __mlir_type.i1](a, b))
    elif pred == 10:
        return bit(__mlir_op.`arith.cmpf`[predicate = __mlir_attr.`10 : i64`, _type = __mlir_type.i1](a, b))
    elif pred == 11:
        return bit(__mlir_op.`arith.cmpf`[predicate = __mlir_attr.`11 : i64`, _type = __mlir_type.i1](a, b))
    elif pred == 12:
        return bit(__mlir_op.`arith.cmpf`[predicate = __mlir_attr.`12 : i64`, _type = __mlir_type.i1](a, b))
    elif pred == 13:
        return bit(__mlir_op.`arith.cmpf`[predicate = __mlir_attr.`13 : i64`, _type = __mlir_type.i1](a, b))
    elif pred == 14:
        return bit(__mlir_op.`arith.cmpf`[predicate = __mlir_attr.`14 : i64`, _type = __mlir_type.i1](a, b))
    return bit(__mlir_op.`arith.cmpf`[predicate = __mlir_attr.`15 : i64`, _type = __mlir_type.i1](a, b))


fn row[pred: Int](nan: __mlir_type.f64):
    print(cmp[pred](f64(1), f64(2)), cmp[pred](f64(2), f64(2)), cmp[pred](f64(2), f64(1)), cmp[pred](nan, f64(1)))


fn main():
    var nan = __mlir_op.`arith.constant`[value = __mlir_attr.`0x7FF8000000000000 : f64`, _type = __mlir_type.f64]()
    # Columns: 1 vs 2, 2 vs 2, 2 vs 1, NaN vs 1.
    # CHECK: False False False False
    row[0](nan)  # false
    # CHECK-NEXT: False True False False
    row[1](nan)  # oeq
    # CHECK-NEXT: False False True False
    row[2](nan)  # ogt
    # CHECK-NEXT: False True True False
    row[3](nan)  # oge
    # CHECK-NEXT: True False False False
    row[4](nan)  # olt
    # CHECK-NEXT: True True False False
    row[5](nan)  # ole
    # CHECK-NEXT: True False True False
    row[6](nan)  # one
    # CHECK-NEXT: True True True False
    row[7](nan)  # ord
    # CHECK-NEXT: False True False True
    row[8](nan)  # ueq
    # CHECK-NEXT: False False True True
    row[9](nan)  # ugt
    # CHECK-NEXT: False True True True
    row[10](nan)  # uge
    # CHECK-NEXT: True False False True
    row[11](nan)  # ult
    # CHECK-NEXT: True True False True
    row[12](nan)  # ule
    # CHECK-NEXT: True False True True
    row[13](nan)  # une
    # CHECK-NEXT: False False False True
    row[14](nan)  # uno
    # CHECK-NEXT: True True True True
    row[15](nan)  # true
    # Per lane on vectors; the result is a vector<4xi1>.
    var x = __mlir_op.`arith.constant`[value = __mlir_attr.`dense<[1.0, 2.0, 0x7FC00000, 2.0]> : vector<4xf32>`, _type = __mlir_type.`vector<4xf32>`]()
    var y = __mlir_op.`arith.constant`[value = __mlir_attr.`dense<[2.0, 2.0, 1.0, 1.0]> : vector<4xf32>`, _type = __mlir_type.`vector<4xf32>`]()
    # CHECK-NEXT: True True False False
    show_i1x4(__mlir_op.`arith.cmpf`[predicate = __mlir_attr.`5 : i64`, _type = __mlir_type.`vector<4xi1>`](x, y))  # ole
    # CHECK-NEXT: False False True True
    show_i1x4(__mlir_op.`arith.cmpf`[predicate = __mlir_attr.`9 : i64`, _type = __mlir_type.`vector<4xi1>`](x, y))  # ugt
    # cmpi on vectors: signed and unsigned predicates differ on -1.
    var p = __mlir_op.`arith.constant`[value = __mlir_attr.`dense<[-1, 0, 5, 7]> : vector<4xi32>`, _type = __mlir_type.`vector<4xi32>`]()
    var q = __mlir_op.`arith.constant`[value = __mlir_attr.`dense<[1, 0, 6, 7]> : vector<4xi32>`, _type = __mlir_type.`vector<4xi32>`]()
    # CHECK-NEXT: True False True False
    show_i1x4(__mlir_op.`arith.cmpi`[predicate = __mlir_attr.`2 : i64`, _type = __mlir_type.`vector<4xi1>`](p, q))  # slt
    # CHECK-NEXT: False False True False
    show_i1x4(__mlir_op.`arith.cmpi`[predicate = __mlir_attr.`6 : i64`, _type = __mlir_type.`vector<4xi1>`](p, q))  # ult
    # CHECK-NEXT: False True False True
    show_i1x4(__mlir_op.`arith.cmpi`[predicate = __mlir_attr.`0 : i64`, _type = __mlir_type.`vector<4xi1>`](p, q))  # eq
