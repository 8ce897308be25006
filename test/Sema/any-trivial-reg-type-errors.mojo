# RUN: %mojoc check -verify %s
# `AnyTrivialRegType` takes the types that copy, move and die as bits.


struct Res:
    var v: Int

    fn __init__(out self, v: Int):
        self.v = v

    fn __del__(owned self):
        pass


fn by_bits[T: AnyTrivialRegType](x: T) -> T:
    return x


fn main():
    _ = by_bits(3)
    _ = by_bits(Float32(1.5))
    # expected-error@+2 {{no matching function in call to `by_bits`}}
    # expected-note@-8 {{candidate not viable: cannot bind parameter `T` of `by_bits` to `Res`: `Res` does not conform to `AnyTrivialRegType`: copying, moving or destroying it runs code}}
    _ = by_bits(Res(1))
