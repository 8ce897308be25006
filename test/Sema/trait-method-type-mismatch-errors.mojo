# RUN: %mojoc check -verify %s
# A method that has the required name but other argument or result types
# does not meet the requirement: `Self` means the conforming struct itself,
# and an argument's type is compared exactly (no implicit conversion).

trait Shape:
    fn grow(self, by: Int) -> Int: ...  # expected-note {{`grow` is required by `Shape` here}} expected-note {{`grow` is required by `Shape` here}}
    fn same(self, other: Self) -> Bool: ...  # expected-note {{`same` is required by `Shape` here}} expected-note {{`same` is required by `Shape` here}}
    fn copy(self) -> Self: ...  # expected-note {{`copy` is required by `Shape` here}}
    fn measure(self) -> Int: ...  # expected-note {{`measure` is required by `Shape` here}} expected-note {{`measure` is required by `Shape` here}}

@value
struct Other:
    var n: Int

@value
struct Square(Shape):
    var side: Int

    # An argument of another type.
    fn grow(self, by: Bool) -> Int:  # expected-error {{`Square` does not conform to `Shape`: its method `grow` does not match the requirement}}
        return self.side

    # `Self` is `Square` here, not any struct.
    fn same(self, other: Other) -> Bool:  # expected-error {{`Square` does not conform to `Shape`: its method `same` does not match the requirement}}
        return True

    # A result of another type.
    fn copy(self) -> Other:  # expected-error {{`Square` does not conform to `Shape`: its method `copy` does not match the requirement}}
        return Other(self.side)

    # No result where one is required.
    fn measure(self):  # expected-error {{`Square` does not conform to `Shape`: its method `measure` does not match the requirement}}
        pass

@value
struct Circle(Shape):
    var r: Int

    # One argument too many, and one too few.
    fn grow(self, by: Int, twice: Bool) -> Int:  # expected-error {{`Circle` does not conform to `Shape`: its method `grow` does not match the requirement}}
        return self.r
    fn same(self) -> Bool:  # expected-error {{`Circle` does not conform to `Shape`: its method `same` does not match the requirement}}
        return True
    fn copy(self) -> Self:
        return self
    # `IntLiteral` converts to `Int`, but the result type must be `Int`.
    fn measure(self) -> IntLiteral:  # expected-error {{`Circle` does not conform to `Shape`: its method `measure` does not match the requirement}}
        return 3

fn main():
    pass
