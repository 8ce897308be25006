# RUN: %mojoc build -O0 --emit=mlir %s -o - | %FileCheck %s
# RUN: %mojoc build -O0 --emit=llvm %s -o - | %FileCheck %s --check-prefix=LLVM
# Vectors and floats are leaves of their own type in memory; a vector of
# `index` is stored as a vector of i64 (as `index` is stored as i64) and
# converted with arith.index_castui on each load and store. LLVM aligns a
# slot holding a vector to the vector's size.

struct Fields:
    var mask: __mlir_type.`vector<8xi1>`
    var v: __mlir_type.`vector<16xf32>`
    var idx: __mlir_type.`vector<4xindex>`
    var h: __mlir_type.f16

    fn __init__(out self):
        self.mask = __mlir_op.`arith.constant`[value = __mlir_attr.`dense<true> : vector<8xi1>`, _type = __mlir_type.`vector<8xi1>`]()
        self.v = __mlir_op.`arith.constant`[value = __mlir_attr.`dense<0.5> : vector<16xf32>`, _type = __mlir_type.`vector<16xf32>`]()
        self.idx = __mlir_op.`arith.constant`[value = __mlir_attr.`dense<7> : vector<4xindex>`, _type = __mlir_type.`vector<4xindex>`]()
        self.h = __mlir_op.`arith.constant`[value = __mlir_attr.`1.0 : f16`, _type = __mlir_type.f16]()


# CHECK-LABEL: func.func private @"__main__::main()"
# CHECK: llvm.alloca %{{.*}} x !llvm.struct<(vector<8xi1>, vector<16xf32>, vector<4xi64>, f16)>
# CHECK: %[[LOADED:.*]] = llvm.load %{{.*}} : !llvm.ptr -> vector<4xi64>
# CHECK: arith.index_castui %[[LOADED]] : vector<4xi64> to vector<4xindex>

# CHECK-LABEL: func.func private @"__main__::Fields.__init__()"
# CHECK: %[[IDX:.*]] = arith.constant dense<7> : vector<4xindex>
# CHECK: %[[STORED:.*]] = arith.index_castui %[[IDX]] : vector<4xindex> to vector<4xi64>
# CHECK: llvm.store %[[STORED]], %{{.*}} : vector<4xi64>, !llvm.ptr

# LLVM: alloca { <8 x i1>, <16 x float>, <4 x i64>, half }, i64 1, align 64
fn main():
    var f = Fields()
    var r = __mlir_op.`vector.reduction`[kind = __mlir_attr.`#vector.kind<add>`, _type = __mlir_type.index](f.idx)
    print(Int(r))
