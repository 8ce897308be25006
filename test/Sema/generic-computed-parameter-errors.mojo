# RUN: %mojoc check -verify %s
# A value a generic body computes from its parameters is named in
# messages by the expression that computes it, not `?`; and an error in a
# branch of a `@parameter if` over one is reported once, at the definition.

trait Shape:
    fn area(self) -> Int: ...

fn g[k: Int](x: Int):  # expected-note {{candidate not viable: cannot convert argument of type `SIMD[DType.int32, n * 2]` to `Int`}}
    pass

fn f[n: Int]():
    var x = SIMD[DType.int32, n * 2](1)
    g[n - 1](x)  # expected-error {{no matching function in call to `g`}}

fn pick[n: Int, T: Shape](x: T) -> Int:
    @parameter
    if n * 2 > 8:
        return x.area()
    elif n - 1 > 4:
        return x.volume()  # expected-error {{`T` has no member named `volume`}}
    return n

@value
struct Square(Shape):
    var side: Int

    fn area(self) -> Int:
        return self.side * self.side

fn main():
    _ = pick[1, Square](Square(2))
    _ = pick[5, Square](Square(2))
