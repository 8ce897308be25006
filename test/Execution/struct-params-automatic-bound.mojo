# RUN: %mojoc run %s | %FileCheck %s
# Automatic parameterization that also names a parameter of the function
# (`b: Box[T, *_]`) binds it from the argument, for an argument and for a
# method's stricter `self`; a receiver whose type does not match is not
# viable for the method.


struct Box[type: AnyType, n: Int = 1]:
    var x: Int

    fn __init__(out self, x: Int):
        self.x = x

    fn size(self: Box[Int, *_]) -> Int:
        return self.x * Self.n


fn get[T: Copyable](b: Box[T, *_]) -> Int:
    return b.x


fn main():
    var b = Box[Int, 3](5)
    var c = Box[Bool](2)
    # CHECK: 5 2 15
    print(get(b), get(c), b.size())
