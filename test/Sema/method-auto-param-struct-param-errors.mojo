# RUN: %mojoc check -verify %s


struct Box[T: CollectionElement, flag: Bool = False]:
    var x: Int

    fn __init__(out self, x: Int):
        self.x = x

    fn plus(self, other: Box[T, *_]) -> Int: # expected-note {{candidate not viable: argument `other` takes an instance of `Box` that its type accepts, not `Box[Bool, False]`}}
        return self.x + other.x


fn main():
    var a = Box[Int](1)
    _ = a.plus(Box[Bool](2)) # expected-error {{no matching function in call to `Box[Int, False].plus`}}
