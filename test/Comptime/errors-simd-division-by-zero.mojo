# RUN: %mojoc check -verify %s
# Integer SIMD division by zero stops a compile-time evaluation, lane by
# lane, inside the stdlib's operator.

alias Q = SIMD[DType.int32, 4](8) / SIMD[DType.int32, 4](0)  # expected-error {{cannot evaluate this at compile time: division by zero}} expected-note@* {{the evaluation stopped here}}
