"""Prints N traits, each inheriting the previous one and adding a method,
a struct conforming to the last, and a generic function bounded by it.

    trait T0: fn m0(self) -> Int: ...
    trait T{i}(T{i-1}): fn m{i}(self) -> Int: ...
    struct S(T{N-1}) with every m{i}; fn use[X: T{N-1}](x: X) calling m0
"""
import sys

n = int(sys.argv[1])
print("trait T0:\n    fn m0(self) -> Int: ...")
for i in range(1, n):
    print(f"trait T{i}(T{i - 1}):\n    fn m{i}(self) -> Int: ...")
print(f"@value\nstruct S(T{n - 1}):\n    var v: Int")
for i in range(n):
    print(f"    fn m{i}(self) -> Int:\n        return {i}")
print(f"fn use[X: T{n - 1}](x: X) -> Int:\n    return x.m0() + x.m{n - 1}()")
print("fn main():\n    print(use(S(1)))")
