# RUN: %mojoc run %s | %FileCheck %s
# Generic bodies checked against their bounds, then instantiated per type:
# static methods, associated aliases in `@parameter if`, calls between
# generics whose bounds inherit, constructors through `Defaultable`, and a
# generic method of a plain struct; `Int` parameters.

trait Named:
    @staticmethod
    fn id() -> Int: ...

trait Counted(Named, Defaultable):
    alias count: Int
    fn value(self) -> Int: ...

@value
struct Small(Counted):
    var n: Int
    alias count = 2
    fn __init__(out self):
        self.n = 5
    @staticmethod
    fn id() -> Int:
        return 1
    fn value(self) -> Int:
        return self.n

@value
struct Large(Counted):
    var n: Int
    alias count = 30
    fn __init__(out self):
        self.n = 7
    @staticmethod
    fn id() -> Int:
        return 2
    fn value(self) -> Int:
        return self.n * 10

fn ident[T: Named]() -> Int:
    return T.id()

fn size[T: Counted]() -> Int:
    @parameter
    if T.count > 10:
        return T.count * 100 + ident[T]()
    else:
        return T.count + ident[T]()

fn fresh[T: Counted]() -> Int:
    var x = T()
    return x.value()

fn unroll[n: Int, limit: Int]() -> Int:
    var total = 0
    @parameter
    for i in range(n):
        total += i
    @parameter
    if n > limit:
        return total * 10
    return total

struct Printer:
    fn __init__(out self):
        pass
    fn show[T: Counted](self, x: T):
        print(T.id(), x.value())

fn main():
    # CHECK: 3 3002
    print(size[Small](), size[Large]())
    # CHECK-NEXT: 5 70
    print(fresh[Small](), fresh[Large]())
    # CHECK-NEXT: 3 100 10
    print(unroll[3, 3](), unroll[5, 3](), unroll[5, 8]())
    # CHECK-NEXT: 2 90
    Printer().show(Large(9))
