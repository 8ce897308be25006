# UInt: the unsigned machine word, its conversions to and from Int, and the
# UInt overloads of int, divmod, min and max.
from testing import assert_equal, assert_true, assert_false, assert_almost_equal


def test_limits_and_construction():
    assert_equal(str(UInt.MAX), "18446744073709551615")
    assert_equal(str(UInt.MIN), "0")
    assert_equal(UInt(), UInt(0))
    assert_equal(UInt(-1), UInt.MAX)
    var big: UInt = 18446744073709551615
    assert_equal(big, UInt.MAX)
    var from_int: UInt = Int(42)
    assert_equal(from_int, 42)
    assert_equal(UInt(other=UInt(7)), 7)


def test_int_conversions():
    var u = UInt(5)
    var i: Int = u
    assert_equal(i, 5)
    assert_equal(Int(UInt.MAX), -1)
    assert_equal(int(UInt.MAX), -1)
    assert_equal(int(UInt(9)), 9)
    assert_equal(UInt(9).__int__(), 9)
    assert_equal(UInt(9).__index__(), UInt(9))
    # An Int and a UInt mix through the left operand's type.
    assert_equal(Int(3) + UInt(4), 7)
    assert_equal(UInt(3) + Int(4), UInt(7))


def test_comparisons_are_unsigned():
    assert_true(UInt.MAX > UInt(1))
    assert_true(UInt(1) < UInt.MAX)
    assert_true(UInt(-1) >= UInt(0))
    assert_true(UInt(3) <= 3)
    assert_false(UInt(3) != 3)
    assert_true(UInt(2) == 2)
    assert_true(bool(UInt(1)))
    assert_false(bool(UInt(0)))


def test_arithmetic_wraps():
    assert_equal(UInt(0) - 1, UInt.MAX)
    assert_equal(UInt.MAX + 1, 0)
    assert_equal(UInt.MAX * 2, UInt.MAX - 1)
    assert_equal(~UInt(0), UInt.MAX)
    assert_equal(+UInt(4), 4)
    assert_equal(UInt(2) ** 10, 1024)
    assert_equal(UInt(2) ** 64, 0)
    assert_equal(UInt(6) & 3, 2)
    assert_equal(UInt(6) | 3, 7)
    assert_equal(UInt(6) ^ 3, 5)


def test_division_is_unsigned():
    assert_equal(UInt.MAX // 2, UInt(9223372036854775807))
    assert_equal(UInt.MAX % 10, 5)
    assert_equal(UInt(7) // 2, 3)
    assert_equal(UInt(7) % 2, 1)
    assert_equal(UInt(7) // 0, 0)
    assert_equal(UInt(7) % 0, 0)
    var qr = UInt(17).__divmod__(5)
    assert_equal(qr[0], 3)
    assert_equal(qr[1], 2)
    assert_equal(UInt(7).__ceildiv__(2), 4)
    assert_equal(UInt(8).__ceildiv__(2), 4)
    assert_equal(UInt.MAX.__ceildiv__(UInt.MAX), 1)
    assert_almost_equal(UInt(1) / UInt(4), 0.25)
    assert_almost_equal(UInt.MAX / UInt(1), 18446744073709551615.0)


def test_shifts():
    assert_equal(UInt(1) << 63, UInt(9223372036854775808))
    assert_equal(UInt.MAX >> 63, 1)
    assert_equal(UInt.MAX >> 64, 0)
    assert_equal(UInt(1) << 64, 0)
    assert_equal(UInt(256) >> 4, 16)


def test_reflected_and_in_place():
    assert_equal(10 - UInt(3), 7)
    assert_equal(2 ** UInt(3), 8)
    assert_equal(100 // UInt(7), 14)
    assert_equal(100 % UInt(7), 2)
    assert_equal(1 << UInt(4), 16)
    var v = UInt(10)
    v += 5
    v -= 1
    v *= 2
    assert_equal(v, 28)
    v //= 3
    assert_equal(v, 9)
    v %= 5
    assert_equal(v, 4)
    v <<= 2
    v >>= 1
    assert_equal(v, 8)
    v |= 1
    v &= 3
    v ^= 2
    assert_equal(v, 3)
    v **= 3
    assert_equal(v, 27)
    v /= 2
    assert_equal(v, 13)


def test_rounding_and_abs():
    assert_equal(abs(UInt(5)), 5)
    assert_equal(UInt(5).__ceil__(), 5)
    assert_equal(UInt(5).__floor__(), 5)
    assert_equal(UInt(5).__trunc__(), 5)
    assert_equal(UInt(5).__round__(), 5)
    assert_equal(UInt(5).__round__(2), 5)
    # `Roundable`, through `round`: negative digits round to tens, halves
    # to even.
    assert_equal(round(UInt(5)), 5)
    assert_equal(round(UInt(1234), -2), 1200)
    assert_equal(round(UInt(1250), -2), 1200)
    assert_equal(round(UInt(1350), -2), 1400)
    assert_equal(round(UInt(1251), -2), 1300)
    assert_equal(round(UInt.MAX, -20), 0)


def test_free_functions():
    assert_equal(min(UInt(3), UInt(9)), UInt(3))
    assert_equal(max(UInt(3), UInt.MAX), UInt.MAX)
    # A literal with a UInt takes the UInt overload; two literals the Int one.
    assert_equal(min(UInt.MAX, 4), UInt(4))
    assert_equal(min(3, 4), 3)
    var qr = divmod(UInt.MAX, UInt(16))
    assert_equal(qr[0], UInt(1152921504606846975))
    assert_equal(qr[1], 15)
    var sqr = divmod(-7, 2)
    assert_equal(sqr[0], -4)
    var total = UInt(0)
    for i in range(UInt(4)):
        total += i
    assert_equal(total, 6)


def test_range():
    # A range of UInts near the top stops at its end instead of wrapping.
    var seen = List[UInt]()
    for i in range(UInt.MAX - 5, UInt.MAX, 2):
        seen.append(i)
    assert_equal(len(seen), 3)
    assert_equal(seen[2], UInt.MAX - 1)
    assert_equal(len(range(UInt(10), UInt(20), UInt(3))), 4)
    assert_equal(len(range(UInt(5), UInt(2))), 0)
    # A literal start with a UInt end counts in UInts; literals alone in Ints.
    var count = 0
    for i in range(0, UInt(3)):
        count += Int(i)
    assert_equal(count, 3)
    var down = List[Int]()
    for i in range(3, 0, -1):
        down.append(i)
    assert_equal(down, List[Int](3, 2, 1))


def test_text():
    assert_equal(repr(UInt(12)), "12")
    assert_equal(String.write(UInt.MAX), "18446744073709551615")
    assert_equal(String.write(UInt(1) << 63), "9223372036854775808")
