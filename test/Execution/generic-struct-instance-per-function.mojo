# RUN: %mojoc run %s | %FileCheck %s
# Several generic functions, each building and using the same parametric
# struct from its own `T` (`Box[T]`): the instances they make while checked
# against their bounds are never emitted, only the concrete ones.

@value
struct Box[T: CollectionElement]:
    var item: T

    fn get(self) -> T:
        return self.item

    fn replaced(self, item: T) -> Self:
        return Self(item)


fn first[T: CollectionElement](x: T) -> T:
    return Box(x).get()


fn second[T: CollectionElement](x: T, y: T) -> T:
    return Box(x).replaced(y).get()


fn third[U: CollectionElement](x: U) -> Box[Box[U]]:
    return Box(Box(x))


fn main():
    # CHECK: 1 False 3
    print(first(1), second(True, False), third(3).get().get())
