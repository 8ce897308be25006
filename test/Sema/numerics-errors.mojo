# RUN: %mojoc check -verify %s
# NaN exists only for floating-point dtypes.

from utils.numerics import nan

fn main():
    _ = nan[DType.int32]()  # expected-note {{in `nan[DType.int32]`, instantiated here}}
    # expected-error@* {{constraint failed: the dtype must be a floating-point one}}
    # expected-note@* {{in `_require_float[DType.int32]`, instantiated here}}
