# Optional, InlineArray, OwnedPointer and ArcPointer.
from collections import Optional, InlineArray
from memory import OwnedPointer, ArcPointer
from testing import assert_equal, assert_true, assert_false


def test_optional():
    var some = Optional[Int](3)
    var none = Optional[Int](None)
    assert_true(some)
    assert_false(none)
    assert_equal(some.value(), 3)
    assert_equal(none.or_else(7), 7)
    assert_true(none is None)
    assert_true(some is not None)
    var given: Optional[Int] = 5
    assert_equal(given.take(), 5)
    assert_false(given)
    var text = Optional[String](String("x"))
    assert_equal(text.value(), "x")


def test_inline_array():
    var a = InlineArray[Int, 3](1, 2, 3)
    assert_equal(len(a), 3)
    assert_equal(a[-1], 3)
    a[0] = 10
    assert_equal(a[0], 10)
    var filled = InlineArray[Float64, 4](fill=0.5)
    assert_equal(filled[3], 0.5)


def test_owned_pointer():
    var p = OwnedPointer(List[Int](1, 2))
    p[].append(3)
    assert_equal(len(p[]), 3)
    var l = p^.take()
    assert_equal(l, List[Int](1, 2, 3))


def test_arc_pointer():
    var a = ArcPointer(String("shared"))
    var b = a
    assert_equal(a.count(), 2)
    assert_true(a is b)
    assert_equal(b[], "shared")
