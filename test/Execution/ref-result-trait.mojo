# RUN: %mojoc run %s | %FileCheck %s
# A trait may require a `ref` result; a generic body updates the place the
# conforming struct's method returns.


trait HasCounter:
    fn counter(mut self) -> ref [self] Int:
        ...


struct Box(HasCounter):
    var n: Int

    fn __init__(out self):
        self.n = 1

    fn counter(mut self) -> ref [self] Int:
        return self.n


fn bump[T: HasCounter](mut t: T):
    t.counter() += 10


fn main():
    var b = Box()
    bump(b)
    bump(b)
    # CHECK: 21
    print(b.n)
