# RUN: %mojoc check -verify %s
# The built-in traits, each met by the stdlib types that declare them.

fn needs_Absable[T: Absable]():
    pass

fn needs_AnyType[T: AnyType]():
    pass

fn needs_Boolable[T: Boolable]():
    pass

fn needs_CollectionElement[T: CollectionElement]():
    pass

fn needs_CollectionElementNew[T: CollectionElementNew]():
    pass

fn needs_Comparable[T: Comparable]():
    pass

fn needs_Copyable[T: Copyable]():
    pass

fn needs_Defaultable[T: Defaultable]():
    pass

fn needs_EqualityComparable[T: EqualityComparable]():
    pass

fn needs_ExplicitlyCopyable[T: ExplicitlyCopyable]():
    pass

fn needs_ImplicitlyBoolable[T: ImplicitlyBoolable]():
    pass

fn needs_Indexer[T: Indexer]():
    pass

fn needs_Intable[T: Intable]():
    pass

fn needs_Movable[T: Movable]():
    pass

fn needs_Powable[T: Powable]():
    pass

fn needs_Roundable[T: Roundable]():
    pass

fn needs_Sized[T: Sized]():
    pass

fn needs_Writable[T: Writable]():
    pass

fn main():
    needs_Absable[Int]()
    needs_Boolable[Int]()
    needs_CollectionElement[Int]()
    needs_CollectionElementNew[Int]()
    needs_Comparable[Int]()
    needs_Defaultable[Int]()
    needs_EqualityComparable[Int]()
    needs_ImplicitlyBoolable[Int]()
    needs_Indexer[Int]()
    needs_Intable[Int]()
    needs_Powable[Int]()
    needs_Roundable[Int]()
    needs_Writable[Int]()
    needs_Copyable[Int]()
    needs_Movable[Int]()
    needs_ExplicitlyCopyable[Int]()
    needs_AnyType[Int]()
    needs_Boolable[Bool]()
    needs_CollectionElement[Bool]()
    needs_CollectionElementNew[Bool]()
    needs_Comparable[Bool]()
    needs_Defaultable[Bool]()
    needs_EqualityComparable[Bool]()
    needs_ImplicitlyBoolable[Bool]()
    needs_Indexer[Bool]()
    needs_Intable[Bool]()
    needs_Writable[Bool]()
    needs_Boolable[Error]()
    needs_CollectionElement[Error]()
    needs_Defaultable[Error]()
    needs_Writable[Error]()
    needs_Comparable[IntLiteral]()
    needs_EqualityComparable[IntLiteral]()
    needs_Boolable[StringLiteral]()
    needs_CollectionElement[StringLiteral]()
    needs_Sized[StringLiteral]()
    needs_Writable[StringLiteral]()

# Bool has no `__abs__`, and Int no `__len__`.
fn errors():
    needs_Absable[Bool]()  # expected-error {{no matching function in call to `needs_Absable`}}
    needs_Sized[Int]()  # expected-error {{no matching function in call to `needs_Sized`}}

# expected-note@* {{`Bool` does not conform to `Absable`: it has no method `__abs__`}}
# expected-note@* {{`Int` does not conform to `Sized`: it has no method `__len__`}}
