# RUN: %mojoc run %s | %FileCheck %s
# DType values and queries, at run time and at compile time.

fn describe[dt: DType]() -> StringLiteral:
    @parameter
    if dt.is_floating_point():
        return "float"
    elif dt.is_unsigned():
        return "unsigned"
    elif dt.is_integral():
        return "signed"
    else:
        return "other"


fn bits[dt: DType]() -> Int:
    alias width = dt.bitwidth()
    return width


fn main():
    # CHECK: float32 uint8 bool index float64 bfloat16
    print(DType.float32, DType.uint8, DType.bool, DType.index, DType.float64, DType.bfloat16)
    # CHECK-NEXT: float unsigned signed other
    print(describe[DType.float16](), describe[DType.uint32](), describe[DType.int64](), describe[DType.bool]())
    # CHECK-NEXT: 32 8 1 64 16
    print(bits[DType.float32](), bits[DType.int8](), bits[DType.bool](), bits[DType.uint64](), bits[DType.bfloat16]())
    # CHECK-NEXT: True False True
    print(DType.float32 == DType.float32, DType.float32 == DType.float64, DType.int8 != DType.uint8)
    var dt = DType.int16
    # CHECK-NEXT: int16 2 True False
    print(dt, dt.sizeof(), dt.is_signed(), dt.is_float8())
    # CHECK-NEXT: True True False
    print(DType.float8e4m3.is_float8(), DType.float16.is_half_float(), DType.invalid.is_numeric())
    alias same = DType.float32 is DType.float32
    # CHECK-NEXT: True
    print(same)
    # The MLIR element type `SIMD` stores, computed at compile time.
    alias element = DType.float32._mlir_type()
    # CHECK-NEXT: f32 i8 i16
    print(element, DType.uint8._mlir_type(), DType.int16._mlir_type())
