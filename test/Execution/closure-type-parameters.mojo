# RUN: %mojoc run %s | FileCheck %s
# A nested function with a type parameter bounded by a trait: checked once
# against its bounds (the template), then one instance per type it is
# called with, each capturing the enclosing variables.


fn main():
    var count = 0

    @parameter
    fn show[T: Stringable](x: T):
        count += 1
        print("[" + str(x) + "]", end=" ")

    show[Int](3)
    show[String]("abc")
    show[Float64](2.5)
    # CHECK: [3] [abc] [2.5] 3
    print(count)
