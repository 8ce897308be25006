# RUN: %mojoc run %s | %FileCheck %s
# `math` re-exports the special values and the tests of `utils.numerics`.

from math import isnan, isinf, isfinite, inf, nan

fn main():
    # CHECK: True True False
    print(isnan(nan[DType.float32]()), isinf(inf[DType.float64]()), isfinite(inf[DType.float16]()))
