# RUN: %mojoc run -I %S/Inputs %s | %FileCheck %s
# What neither `arith`, `math` nor `vector` has is reached through the LLVM
# dialect: its intrinsic ops (`llvm.intr.*`), on scalars and vectors,
# `llvm.call_intrinsic` by name, and `llvm.extractvalue` for an
# intrinsic's struct result.
from floatprint import i64, i32, milli32, bit, show_i32x4, show_f32x4


fn main():
    var x = __mlir_op.`arith.constant`[value = __mlir_attr.`305419896 : i32`, _type = __mlir_type.i32]()
    # bswap 0x12345678 = 0x78563412; rotate left by 8 = 0x34567812.
    var eight = __mlir_op.`arith.constant`[value = __mlir_attr.`8 : i32`, _type = __mlir_type.i32]()
    # CHECK: 2018915346 878082066
    print(i32(__mlir_op.`llvm.intr.bswap`[_type = __mlir_type.i32](x)), i32(__mlir_op.`llvm.intr.fshl`[_type = __mlir_type.i32](x, x, eight)))
    # Lane-wise signed and unsigned min/max.
    var a = __mlir_op.`arith.constant`[value = __mlir_attr.`dense<[-5, 3, 100, 0]> : vector<4xi32>`, _type = __mlir_type.`vector<4xi32>`]()
    var b = __mlir_op.`arith.constant`[value = __mlir_attr.`dense<[2, -3, 7, 0]> : vector<4xi32>`, _type = __mlir_type.`vector<4xi32>`]()
    # CHECK-NEXT: -5 -3 7 0
    show_i32x4(__mlir_op.`llvm.intr.smin`[_type = __mlir_type.`vector<4xi32>`](a, b))
    # CHECK-NEXT: -5 -3 100 0
    show_i32x4(__mlir_op.`llvm.intr.umax`[_type = __mlir_type.`vector<4xi32>`](a, b))
    # An overflow check: the sum and a flag, in an LLVM struct.
    var big = __mlir_op.`arith.constant`[value = __mlir_attr.`2147483647 : i32`, _type = __mlir_type.i32]()
    var one = __mlir_op.`arith.constant`[value = __mlir_attr.`1 : i32`, _type = __mlir_type.i32]()
    var r = __mlir_op.`llvm.intr.sadd.with.overflow`[_type = __mlir_type.`!llvm.struct<(i32, i1)>`](big, one)
    # CHECK-NEXT: -2147483648 True
    print(i32(__mlir_op.`llvm.extractvalue`[position = __mlir_attr.`array<i64: 0>`, _type = __mlir_type.i32](r)), bit(__mlir_op.`llvm.extractvalue`[position = __mlir_attr.`array<i64: 1>`, _type = __mlir_type.i1](r)))
    # Any intrinsic by name; the operand types pick the overload.
    # CHECK-NEXT: 510274632
    print(i32(__mlir_op.`llvm.call_intrinsic`[intrin = __mlir_attr.`"llvm.bitreverse"`, _type = __mlir_type.i32](x)))
    var f = __mlir_op.`arith.constant`[value = __mlir_attr.`dense<[1.5, -2.0, 8.25, 0.5]> : vector<4xf32>`, _type = __mlir_type.`vector<4xf32>`]()
    # CHECK-NEXT: 8250
    print(milli32(__mlir_op.`llvm.intr.vector.reduce.fmax`[_type = __mlir_type.f32](f)))
    # CHECK-NEXT: 1500 2000 8250 500
    show_f32x4(__mlir_op.`llvm.intr.fabs`[_type = __mlir_type.`vector<4xf32>`](f))
