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


def test_len_reversed_and_text():
    assert_equal(len(List[Int](1, 2)), 2)
    assert_equal(len("abc"), 3)
    assert_equal(len(String("héllo")), 6)  # Bytes, as in 24.6.
    assert_equal(len(range(2, 10, 3)), 3)
    var backward = List[Int]()
    for i in reversed(range(3)):
        backward.append(i)
    assert_equal(backward, List[Int](2, 1, 0))
    var strided = List[Int]()
    for i in reversed(range(0, 10, 3)):
        strided.append(i)
    assert_equal(strided, List[Int](9, 6, 3, 0))
    assert_equal(str(12), "12")
    assert_equal(str(None), "None")
    assert_equal(repr(String("a\n")), "'a\\n'")
    assert_equal(repr(None), "None")
    assert_false(bool(None))
    assert_equal(float(Int(3)), 3.0)


def test_more_numbers():
    assert_equal(abs(-2.5), 2.5)
    assert_equal(min(Float64(1.5), Float64(-1.5)), -1.5)
    assert_equal(max(Int8(3), Int8(-3)), 3)
    assert_equal(pow(Float64(3), 2), 9.0)
    assert_equal(round(Float64(-0.4)), 0.0)
    var qr = divmod(-7, 2)
    assert_equal(qr[0], -4)
    assert_equal(qr[1], 1)


def test_debug_assert_passing():
    # A true condition never stops the program, whatever the mode.
    debug_assert(True, "not checked by default")
    debug_assert[assert_mode="safe"](1 + 1 == 2, "checked")
