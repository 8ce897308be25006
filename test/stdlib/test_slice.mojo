# Slice and slice(): bounds, equality, `indices`, and printing.
from testing import assert_equal, assert_true, assert_false


def test_construct_and_compare():
    assert_true(slice(1, 3) == Slice(1, 3))
    assert_true(slice(4) == Slice(None, 4, None))
    assert_false(slice(1, 3) == slice(1, 4))
    assert_true(slice(1, 3) != slice(None, 3, None))


def test_indices():
    var start: Int
    var end: Int
    var step: Int
    start, end, step = slice(-2, None, None).indices(5)
    assert_equal(start, 3)
    assert_equal(end, 5)
    assert_equal(step, 1)
    start, end, step = slice(None, None, -1).indices(5)
    assert_equal(start, 4)
    assert_equal(end, -1)
    assert_equal(step, -1)
    start, end, step = slice(2, 100, 2).indices(5)
    assert_equal(end, 5)


def test_printing():
    assert_equal(str(slice(1, 5)), "slice(1, 5, None)")
    assert_equal(repr(slice(None, None, -1)), "slice(None, None, -1)")
    assert_equal(String.write(slice(2)), "slice(None, 2, None)")
