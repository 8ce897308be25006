# RUN: %mojoc run %s | %FileCheck %s
# Function parameters composed, and passed on: as another function's
# parameter, as a run-time argument (the function becomes a value), and
# beside type parameters of a generic function.

fn double(x: Int) -> Int:
    return x * 2


fn inc(x: Int) -> Int:
    return x + 1


fn compose[f: fn (Int) -> Int, g: fn (Int) -> Int](x: Int) -> Int:
    return g(f(x))


fn call(f: fn (Int) -> Int, x: Int) -> Int:
    return f(x)


fn as_value[f: fn (Int) -> Int](x: Int) -> Int:
    return call(f, x) + compose[f, f](x)


fn count_of[T: Sized, f: fn (Int) -> Int](x: T) -> Int:
    return f(x.__len__())


fn main():
    # CHECK: 11 12
    print(compose[double, inc](5), compose[inc, double](5))
    # CHECK-NEXT: 18 9
    print(as_value[double](3), as_value[inc](3))
    # CHECK-NEXT: 10 6
    print(count_of[StringLiteral, double]("hello"), count_of[f=inc]("hello"))
