# RUN: %mojoc run %s | %FileCheck %s
# `utils.numerics`: each dtype's special values.

from utils.numerics import nan, inf, neg_inf, max_finite, min_finite, max_or_inf, min_or_neg_inf

fn main():
    # CHECK: nan inf -inf
    print(nan[DType.float32](), inf[DType.float64](), neg_inf[DType.float16]())
    # CHECK-NEXT: 3.4028235e+38 -1.7976931348623157e+308
    print(max_finite[DType.float32](), min_finite[DType.float64]())
    # CHECK-NEXT: 127 0 -128
    print(max_finite[DType.int8](), min_finite[DType.uint8](), min_finite[DType.int8]())
    # CHECK-NEXT: inf -32768 65535
    print(max_or_inf[DType.float32](), min_or_neg_inf[DType.int16](), max_or_inf[DType.uint16]())
    # CHECK-NEXT: -inf
    print(min_or_neg_inf[DType.float64]())
