# RUN: %mojoc run %s | %FileCheck %s
# A struct's `alias` member may name a type built from its parameters, and
# signatures may use it through `Self`.

@value
struct Holder[T: CollectionElement]:
    alias Element = T
    var item: T

    fn get(self) -> Self.Element:
        return self.item

    @staticmethod
    fn wrap(item: Self.Element) -> Self:
        return Self(item)


fn main():
    var h = Holder[Int].wrap(41)
    # CHECK: 42
    print(h.get() + 1)
    var b: Holder[Bool].Element = True
    # CHECK-NEXT: True
    print(b)
