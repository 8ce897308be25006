# The numeric builtins: abs, min, max, pow, round, divmod, swap, sort,
# int, float, bool.
from testing import assert_equal, assert_true, assert_false, assert_almost_equal


def test_abs_min_max():
    assert_equal(abs(-3), 3)
    assert_equal(abs(Float64(-1.5)), 1.5)
    assert_equal(min(3, 4), 3)
    assert_equal(max(3, 4), 4)
    assert_equal(max(SIMD[DType.int32, 2](1, 5), SIMD[DType.int32, 2](4, 2)), SIMD[DType.int32, 2](4, 5))
    assert_equal(min(String("b"), String("a")), "a")


def test_pow_round_divmod():
    assert_equal(pow(2, 10), 1024)
    assert_almost_equal(pow(Float64(2), 3), Float64(8))
    assert_equal(round(Float64(2.5)), 3.0)
    assert_equal(round(Float64(-2.5)), -3.0)
    assert_almost_equal(round(Float64(3.14159), 2), Float64(3.14))
    var qr = divmod(7, -2)
    assert_equal(qr[0], -4)
    assert_equal(qr[1], -1)


def test_swap_and_sort():
    var a = String("x")
    var b = String("y")
    swap(a, b)
    assert_equal(a, "y")
    assert_equal(b, "x")
    var numbers = List[Int](5, 1, 4, 2, 3)
    sort(numbers)
    assert_equal(numbers, List[Int](1, 2, 3, 4, 5))
    var floats = List[Float64](2.5, -1.0, 0.0)
    sort(floats)
    assert_equal(floats[0], -1.0)


def test_conversions():
    assert_equal(int(Float64(3.9)), 3)
    assert_equal(int(String("42")), 42)
    assert_equal(float(2), 2.0)
    assert_true(bool(1))
    assert_false(bool(String()))
