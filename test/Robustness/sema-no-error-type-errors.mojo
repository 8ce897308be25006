# RUN: %mojoc check -verify %s
# A value of the error type was reported where it arose; no diagnostic
# may show the placeholder type `<error>` or follow from it.

struct Broken:
    var f: Undefined  # expected-error {{use of undeclared name `Undefined`}}

    fn __init__(out self):
        self.f = 1  # The field cannot be initialized; nothing more to say.

fn bad_result() -> AlsoUndefined:  # expected-error {{use of undeclared name `AlsoUndefined`}}
    return 1

fn takes(x: Int):
    pass

fn generic[T: CollectionElement](x: T) -> T:
    return x

fn generic[T: CollectionElement](x: T, y: T) -> T:
    return y

struct Iterable:
    var n: Int

    fn __init__(out self):
        self.n = 0

    fn __iter__(self) -> NoIterator:  # expected-error {{use of undeclared name `NoIterator`}}
        pass

fn main():
    var u: Unknown = 1  # expected-error {{use of undeclared name `Unknown`}}
    print(u + 1)
    print(-u)
    print(u < 2)
    u += 1
    u.method()
    print(u.field)
    print(u[0])
    u(1)
    takes(u)
    if u:
        pass
    for i in u:
        print(i)
    var b = Broken()
    print(b.f + 1)
    var r = bad_result()
    print(r + 1)
    print(bad_result().x)
    bad_result()()
    generic[UndefinedParam](1)  # expected-error {{use of undeclared name `UndefinedParam`}}
    for j in Iterable():
        print(j)
