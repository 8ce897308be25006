# RUN: %mojoc run %s | %FileCheck %s
# A generic body's calls are resolved once, against the bounds: an
# instance for `Foo` calls the generic `helper` the body chose, although a
# non-generic overload for `Foo` exists (checking the body again for `Foo`
# would find both viable).

trait Named:
    fn id(self) -> Int: ...

@value
struct Foo(Named):
    var v: Int

    fn id(self) -> Int:
        return self.v

fn helper[T: Named](x: T) -> Int:
    return 1

fn helper(x: Foo) -> Int:
    return 2

fn show[T: Named](x: T):
    print(helper(x), x.id())

fn main():
    # CHECK: 1 7
    show(Foo(7))
