# RUN: %mojoc run %s | %FileCheck %s
# Functions as compile-time parameters: each function makes its own
# instance, whose calls of the parameter are direct calls.

fn double(x: Int) -> Int:
    return x * 2

fn inc(x: Int) -> Int:
    return x + 1

fn apply[f: fn(Int) -> Int](x: Int) -> Int:
    return f(x)

fn apply_twice[f: fn(Int) -> Int](x: Int) -> Int:
    # Passed on to another parameterized function.
    return apply[f](apply[f](x))

fn test[name: StringLiteral, func: fn() -> None]():
    print("test", name, "...")
    func()
    print("test", name, "ok")

fn check_one():
    print("checking one")

fn check_two():
    print("checking two")

fn main():
    # CHECK: 6
    print(apply[double](3))
    # CHECK-NEXT: 4
    print(apply[inc](3))
    # CHECK-NEXT: 12
    print(apply_twice[double](3))
    # CHECK-NEXT: 5
    print(apply_twice[inc](3))
    # CHECK-NEXT: test one ...
    # CHECK-NEXT: checking one
    # CHECK-NEXT: test one ok
    test["one", check_one]()
    # CHECK-NEXT: test two ...
    # CHECK-NEXT: checking two
    # CHECK-NEXT: test two ok
    test["two", check_two]()
