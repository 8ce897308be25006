# RUN: %mojoc check -verify %s
# A struct that declares a trait but lacks one of its methods: one error per
# missing method, at the struct, with a note at the requirement. A method of
# another name, or a field of the required name, does not count.

trait Shape:
    fn area(self) -> Int: ...  # expected-note {{`area` is required by `Shape` here}} expected-note {{`area` is required by `Shape` here}}

trait Resizable:
    fn resize(mut self, by: Int): ...  # expected-note {{`resize` is required by `Resizable` here}}

trait Factory:
    @staticmethod
    fn create() -> Int: ...  # expected-note {{`create` is required by `Factory` here}}

# Missing from one of two declared traits: only that one is reported.
struct Square(Shape, Resizable):  # expected-error {{`Square` does not conform to `Resizable`: it has no method `resize`}}
    var side: Int
    fn __init__(out self):
        self.side = 1
    fn area(self) -> Int:
        return self.side * self.side

# A near miss in spelling is still missing.
struct Circle(Shape):  # expected-error {{`Circle` does not conform to `Shape`: it has no method `area`}}
    fn __init__(out self):
        pass
    fn Area(self) -> Int:
        return 3

# A field named like the method does not meet it.
struct Field(Shape):  # expected-error {{`Field` does not conform to `Shape`: it has no method `area`}}
    var area: Int
    fn __init__(out self):
        self.area = 0

# Static requirements are missing the same way.
struct Empty(Factory):  # expected-error {{`Empty` does not conform to `Factory`: it has no method `create`}}
    pass

fn main():
    pass
