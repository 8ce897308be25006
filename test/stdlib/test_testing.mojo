# The `testing` module itself: each assertion passes quietly, and fails
# with 24.6's text and the caller's location.
from builtin._location import __source_location
from testing import (
    assert_equal,
    assert_not_equal,
    assert_true,
    assert_false,
    assert_almost_equal,
    assert_raises,
    assert_is,
    assert_is_not,
)


def test_assert_equal_message():
    try:
        assert_equal(1, 2, "numbers differ")
    except e:
        var text = str(e)
        assert_true(text.startswith("At "))
        assert_true("test_testing.mojo:" in text)
        assert_true(text.endswith(
            ": AssertionError: `left == right` comparison failed:\n   left: 1\n  right: 2\n  reason: numbers differ"
        ))
        return
    raise "assert_equal did not raise"


def test_assert_true_message():
    try:
        assert_true(False)
    except e:
        assert_true(str(e).endswith("AssertionError: condition was unexpectedly False"))
        return
    raise "assert_true did not raise"


def test_location_is_the_callers():
    var line = __source_location().line + 2
    try:
        assert_false(True)  # The location names this line.
    except e:
        assert_true(":" + str(line) + ":9:" in str(e), str(e))
        return
    raise "assert_false did not raise"


def test_almost_equal():
    assert_almost_equal(Float64(1.0), Float64(1.0 + 1e-9))
    assert_almost_equal(Float32(100), Float32(100.5), atol=1)
    try:
        assert_almost_equal(Float64(1.0), Float64(1.1))
    except e:
        assert_true("1.0 is not close to 1.1" in str(e), str(e))
        return
    raise "assert_almost_equal did not raise"


def test_not_equal_and_strings():
    assert_not_equal(1, 2)
    assert_equal(String("a"), String("a"))
    assert_not_equal(String("a"), String("b"))
    assert_equal(SIMD[DType.int8, 2](1, 2), SIMD[DType.int8, 2](1, 2))


def test_assert_raises():
    with assert_raises():
        raise "boom"
    with assert_raises(contains="bo"):
        raise "boom"
    try:
        with assert_raises():
            pass
    except e:
        assert_true("AssertionError: Didn't raise at " in str(e), str(e))
        return
    raise "assert_raises did not fail"


def test_assert_is():
    assert_is(DType.float32, DType.float32)
    assert_is_not(DType.float32, DType.int8)
    with assert_raises(contains="`left is right` identification failed"):
        assert_is(DType.int8, DType.uint8)
