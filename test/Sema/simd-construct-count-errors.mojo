# RUN: %mojoc check -verify %s
# A lane-by-lane SIMD constructor needs exactly `size` values (mojoc knows
# the count when it instantiates; Mojo 24.6 only checks it in debug builds).

fn main():
    var a = SIMD[DType.int32, 4](1, 2, 3)  # expected-note {{in `SIMD[DType.int32, 4].__init__[3]`, instantiated here}}
    # expected-error@* {{constraint failed: the number of elements differs from the SIMD width}}
