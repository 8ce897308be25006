# RUN: %mojoc check -verify %s
# An `IndexList` mask has one index per lane, each naming a lane of the
# shuffled vectors.
from utils import IndexList


fn main():
    var a = SIMD[DType.int32, 4](1, 2, 3, 4)
    # expected-error@+4 {{no matching function in call to `SIMD[DType.int32, 4].shuffle`}}
    # expected-note@* {{candidate not viable: parameter `mask` of `SIMD[DType.int32, 4].shuffle` takes a value of type `Int`, not `IndexList[3, 64, False]`}}
    # expected-note@* {{candidate not viable: parameter `mask` of `SIMD[DType.int32, 4].shuffle` takes a value of type `Int`, not `IndexList[3, 64, False]`}}
    # expected-note@* {{candidate not viable: parameter `mask` of `SIMD[DType.int32, 4].shuffle` takes a value of type `IndexList[size, **_]`, not `IndexList[3, 64, False]`}}
    _ = a.shuffle[IndexList[3](0, 1, 2)]()
    _ = a.shuffle[IndexList[4](0, 1, 2, 8)](a)  # expected-note {{in `SIMD[DType.int32, 4].shuffle[IndexList[4, 64, False](SIMD[DType.int64, 4](dense<[0, 1, 2, 8]>))]`, instantiated here}}
    # expected-error@* {{constraint failed: shuffle mask index out of range}}
    # expected-note@* {{in `SIMD[DType.int32, 4]._shuffle_list[8, IndexList[4, 64, False](SIMD[DType.int64, 4](dense<[0, 1, 2, 8]>))]`, instantiated here}}
