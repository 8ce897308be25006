# RUN: %mojoc build %s -o %t && %t | %FileCheck %s
# A built executable with recursion, a struct with methods and overloaded
# operators, and loops gives the same output as `mojoc run`.

@register_passable("trivial")
struct Frac:
    var num: Int
    var den: Int

    fn __init__(out self, num: Int, den: Int):
        self.num = num
        self.den = den

    fn __add__(self, rhs: Frac) -> Frac:
        return Frac(self.num * rhs.den + rhs.num * self.den, self.den * rhs.den)

    fn reduced(self) -> Frac:
        var g = gcd(self.num, self.den)
        return Frac(self.num // g, self.den // g)

fn gcd(a: Int, b: Int) -> Int:
    if b == 0:
        return a
    return gcd(b, a % b)

fn main():
    var h = Frac(0, 1)
    for i in range(1, 5):
        h = (h + Frac(1, i)).reduced()
    # CHECK: 25 / 12
    print(h.num, "/", h.den)
