# RUN: %mojoc check -verify %s
# A method whose `self` is automatically parameterized (`Box[Int, *_]`)
# exists only for the receivers that type matches.


struct Box[type: AnyType, n: Int = 1]:
    var x: Int

    fn __init__(out self, x: Int):
        self.x = x

    fn size(self: Box[Int, *_]) -> Int:  # expected-note {{the method is not defined for `Box[Bool, 1]`}}
        return self.x


fn main():
    var c = Box[Bool](2)
    print(c.size())  # expected-error {{no matching function in call to `Box[Bool, 1].size`}}
