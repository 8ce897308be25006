# RUN: %mojoc run %s | %FileCheck %s
# Bodies that compute compile-time values from their parameters are
# substituted from the generic tree too: the tree keeps each such
# expression (`n - 1`, `n * 2`, `n > 1`, `cube(n)`) and substitution runs
# it for the instance; of a `@parameter if` over a parameter or such an
# expression, it keeps the branch the instance takes. What shows it:
# `helper(x)` is resolved once, against the bounds, to the generic
# `helper` (1); checking the body again for `Foo` would pick
# `helper(x: Foo)` (2).

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


fn cube(x: Int) -> Int:
    return x * x * x


fn countdown[T: Named, n: Int](x: T):
    alias m = n * 2
    @parameter
    if n > 1:
        countdown[T, n - 1](x)
    print(helper(x), n, m, x.id())


fn branches[T: Named, big: Bool, n: Int](x: T) -> Int:
    alias c = cube(n) + 1
    @parameter
    if big and n > 4:
        return helper(x) * 1000 + c
    elif n == 2 or not big:
        return helper(x) * 100 + nested[T, n + 1](x)
    else:
        return helper(x) * 10


fn flagged[T: Named, b: Bool](x: T) -> Int:
    @parameter
    if b:
        return helper(x) * 10
    return helper(x) * 20


fn nested[T: Named, k: Int](x: T) -> Int:
    return helper(x) + k


fn main():
    # CHECK: 1 1 2 7
    # CHECK-NEXT: 1 2 4 7
    # CHECK-NEXT: 1 3 6 7
    countdown[Foo, 3](Foo(7))
    # CHECK-NEXT: 1126 104 10
    print(branches[Foo, True, 5](Foo(1)), branches[Foo, False, 2](Foo(1)),
          branches[Foo, True, 3](Foo(1)))
    # CHECK-NEXT: 10 20
    print(flagged[Foo, True](Foo(1)), flagged[Foo, False](Foo(1)))
