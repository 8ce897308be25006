# RUN: %mojoc run %s | %FileCheck %s
# A function's type parameter may have a default type: it is used when
# nothing binds the parameter, and an explicit or inferred type beats it.

@value
struct Box[T: CollectionElement]:
    var item: T


fn make[T: Defaultable = Int]() -> T:
    return T()


fn wrap_default[T: CollectionElement = Bool](x: T) -> Box[T]:
    return Box(x)


fn main():
    # CHECK: 0 False
    print(make(), make[Bool]())
    # Inferred from the argument, not the default.
    # CHECK-NEXT: 7
    print(wrap_default(7).item)
    # CHECK-NEXT: True
    print(wrap_default(True).item)
