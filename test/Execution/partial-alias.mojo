# RUN: %mojoc run %s | %FileCheck %s
# An alias of a partly bound struct (`Scalar = SIMD[_, 1]`) takes the rest
# of the parameters where it is used: in types of arguments, results and
# variables, as a struct's parameter, called as a constructor, and in
# inference of a function's parameters from an argument's type.


struct Pair[A: AnyType, B: AnyType, n: Int = 0]:
    fn __init__(out self):
        pass

    fn count(self) -> Int:
        return Self.n


alias WithInt = Pair[Int, _]


fn twice(x: Scalar[DType.float32]) -> Scalar[DType.float32]:
    return x * 2


fn width_of[type: DType](x: Scalar[type]) -> Int:
    return type.bitwidth()


struct Holder[T: AnyType]:
    fn __init__(out self):
        pass


fn main():
    var s: Scalar[DType.int16] = 7
    # CHECK: 3.0 7 16 64
    print(twice(1.5), s, width_of(s), width_of(Float64(1)))
    # CHECK-NEXT: 0 3
    print(WithInt[Bool]().count(), WithInt[B=Bool, n=3]().count())
    var h = Holder[Scalar[DType.uint8]]()
    # CHECK-NEXT: 255
    print(Scalar[DType.uint8](255))
