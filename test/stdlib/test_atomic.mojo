# os.atomic.Atomic, and ArcPointer's count, which is one.
from os import Atomic
from memory import ArcPointer
from testing import assert_equal, assert_true, assert_false


def test_add_sub_load():
    var a = Atomic[DType.int64](5)
    assert_equal(a.fetch_add(3), 5)
    assert_equal(a.load(), 8)
    a -= 2
    assert_equal(a.fetch_sub(1), 6)
    assert_equal(a.load(), 5)


def test_max_min():
    var a = Atomic[DType.int32](10)
    a.max(100)
    a.min(50)
    assert_equal(a.load(), 50)
    var u = Atomic[DType.uint8](200)
    u.max(250)  # Unsigned: 250 is above 200, not below 0.
    assert_equal(u.load(), 250)


def test_floats():
    var f = Atomic[DType.float64](1.5)
    f += 2.0
    assert_equal(f.load(), 3.5)
    f.min(-1.0)
    assert_equal(f.load(), -1.0)


def test_compare_exchange():
    var a = Atomic[DType.int64](50)
    var expected: Int64 = 7
    assert_false(a.compare_exchange_weak(expected, 9))
    assert_equal(expected, 50)  # Now the current value.
    var swapped = False
    while not swapped:
        swapped = a.compare_exchange_weak(expected, 9)
    assert_equal(a.load(), 9)


def test_arc_count():
    var p = ArcPointer[String](String("shared"))
    var q = p
    assert_equal(p.count(), 2)
    _ = q^
    assert_equal(p.count(), 1)
    assert_equal(p[], "shared")
