# RUN: %mojoc check -verify %s
# A function's parameter is inferred only from the types of its arguments:
# not from the type the result is assigned to, not from a value, and not
# from an argument whose type does not have the parameter's shape.

fn scale[n: Int](x: Int) -> Int:  # expected-note {{candidate not viable: cannot infer parameter `n`}}
    return x * n

fn make[T: Defaultable]() -> T:  # expected-note {{candidate not viable: cannot infer parameter `T`}}
    return T()

@value
struct Box[T: CollectionElement]:
    var item: T

fn unbox[T: CollectionElement](b: Box[T]) -> T:  # expected-note {{candidate not viable: cannot infer parameter `T`}}
    return b.item

fn main():
    _ = scale(3)  # expected-error {{no matching function in call to `scale`}}
    var x: Int = make()  # expected-error {{no matching function in call to `make`}}
    _ = unbox(5)  # expected-error {{no matching function in call to `unbox`}}
    # Bound or inferred, they are fine.
    _ = scale[2](3)
    var y: Int = make[Int]()
    _ = unbox(Box(5))
