# RUN: %mojoc run %s | %FileCheck %s
# `@staticmethod` methods are called on the type (or an instance) without
# `self`; `Self` names the enclosing struct.

@register_passable("trivial")
struct Temp:
    var degrees: Int

    fn __init__(out self, degrees: Int):
        self.degrees = degrees

    @staticmethod
    fn freezing() -> Self:
        return Self(0)

    @staticmethod
    fn from_fahrenheit(f: Int) -> Temp:
        return Temp((f - 32) * 5 // 9)

    fn warmer(self, by: Int) -> Self:
        return Self(self.degrees + by)

fn main():
    # CHECK: 0
    print(Temp.freezing().degrees)
    # CHECK-NEXT: 100
    print(Temp.from_fahrenheit(212).degrees)
    var t = Temp(20)
    # CHECK-NEXT: 25
    print(t.warmer(5).degrees)
    # CHECK-NEXT: 0
    print(t.freezing().degrees)
