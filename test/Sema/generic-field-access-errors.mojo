# RUN: %mojoc check -verify %s
# A `T` has no fields, whatever the types it will be bound to: a bound
# promises methods and aliases only, so reading or writing a field of an
# archetype is an error in the uninstantiated generic body.

trait Shape:
    fn area(self) -> Int: ...

@value
struct Square(Shape):
    var side: Int

    fn area(self) -> Int:
        return self.side * self.side

fn read_field[T: Shape](x: T) -> Int:
    return x.side  # expected-error {{`T` has no member named `side`}}

fn write_field[T: Shape](mut x: T):
    x.side = 3  # expected-error {{`T` has no member named `side`}}

fn augment_field[T: Shape](mut x: T):
    x.side += 1  # expected-error {{`T` has no member named `side`}}

# Through a parametric struct's field of type `T` too.
@value
struct Box[T: CollectionElement]:
    var item: T

trait Item(CollectionElement):
    fn area(self) -> Int: ...

fn inner[T: Item, //](b: Box[T]) -> Int:
    return b.item.side  # expected-error {{`T` has no member named `side`}}

# The concrete type's fields stay reachable where the type is known.
fn concrete(x: Square) -> Int:
    return x.side

fn main():
    pass
