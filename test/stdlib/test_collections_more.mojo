# Optional, InlineArray, OwnedPointer and ArcPointer.
from collections import Optional, InlineArray
from memory import OwnedPointer, ArcPointer, UnsafeMaybeUninitialized
from sys import alignof
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


def test_optional_text():
    assert_equal(Optional[Int](3).__str__(), "3")
    assert_equal(Optional[String](String("a")).__repr__(), "'a'")
    assert_equal(Optional[Int]().__str__(), "None")
    var out = String()
    Optional[Int](None).write_to(out)
    Optional[Int](5).write_to(out)
    assert_equal(out, "None5")


def test_optional_comparisons():
    var a = Optional[Int](1)
    assert_true(a == Optional[Int](1))
    assert_true(a != Optional[Int](2))
    assert_true(a != Optional[Int]())
    assert_true(Optional[Int]() == None)
    assert_true(~Optional[Int]())
    assert_equal(a.unsafe_value(), 1)
    assert_equal(a.unsafe_take(), 1)
    assert_false(a)


def test_inline_array_more():
    var a = InlineArray[Int, 3](4, 5, 6)
    assert_equal(a.__getitem__[1](), 5)
    assert_equal(a.unsafe_get(2), 6)
    assert_equal(a.unsafe_ptr()[0], 4)
    assert_true(5 in a)
    assert_false(9 in a)
    var b = InlineArray[Int, 3](other=a)
    b[0] = 0
    assert_equal(a[0], 4)
    var c = InlineArray[String, 2](unsafe_uninitialized=True)
    (c.unsafe_ptr() + 0).init_pointee_move(String("x"))
    (c.unsafe_ptr() + 1).init_pointee_move(String("y"))
    assert_equal(c[1], "y")
    (c.unsafe_ptr() + 0).destroy_pointee()
    (c.unsafe_ptr() + 1).destroy_pointee()


def test_inline_array_from_slots():
    # The slots' layout is known at compile time too.
    alias slot_align = alignof[UnsafeMaybeUninitialized[String]]()
    assert_equal(slot_align, alignof[String]())
    var slots = InlineArray[UnsafeMaybeUninitialized[String], 3](
        unsafe_uninitialized=True
    )
    for i in range(3):
        slots[i].write(String("s") + str(i))
    var a = InlineArray[String, 3](unsafe_assume_initialized=slots^)
    assert_equal(a[0], "s0")
    assert_equal(a[2], "s2")
