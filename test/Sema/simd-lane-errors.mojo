# RUN: %mojoc check -verify %s
# Lane manipulation checks its mask, offsets and shifts at compile time,
# where the call is made.

fn main():
    var a = SIMD[DType.int32, 4](1, 2, 3, 4)
    _ = a.shuffle[0, 1, 2, 4]()  # expected-note {{in `SIMD[DType.int32, 4].shuffle[0, 1, 2, 4]`, instantiated here}}
    # expected-error@* {{constraint failed: shuffle mask index out of range}}
    # expected-note@* {{in `SIMD[DType.int32, 4]._shuffle2[4, 0, 1, 2, 4]`, instantiated here}}
    _ = a.shuffle[0, 1, 2](a)  # expected-note {{in `SIMD[DType.int32, 4].shuffle[0, 1, 2]`, instantiated here}}
    # expected-error@* {{constraint failed: shuffle needs one mask index per lane}}
    # expected-note@* {{in `SIMD[DType.int32, 4]._shuffle2[8, 0, 1, 2]`, instantiated here}}
    _ = a.slice[2, offset=3]()  # expected-note {{in `SIMD[DType.int32, 4].slice[2, 3]`, instantiated here}}
    # expected-error@* {{constraint failed: slice out of range}}
    _ = a.insert[offset=3](SIMD[DType.int32, 2](0))  # expected-note {{in `SIMD[DType.int32, 4].insert[2, 3]`, instantiated here}}
    # expected-error@* {{constraint failed: insert out of range}}
    _ = a.rotate_left[5]()  # expected-note {{in `SIMD[DType.int32, 4].rotate_left[5]`, instantiated here}}
    # expected-error@* {{constraint failed: rotate_left shift out of range}}
    _ = a.shift_right[5]()  # expected-note {{in `SIMD[DType.int32, 4].shift_right[5]`, instantiated here}}
    # expected-error@* {{constraint failed: shift_right shift out of range}}
    _ = Int32(1).split()  # expected-note {{in `SIMD[DType.int32, 1].split`, instantiated here}}
    # expected-error@* {{constraint failed: split needs at least two lanes}}
