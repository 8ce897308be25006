# `Span`: views of a List's or an InlineArray's elements.
from collections import InlineArray
from memory.span import Span
from testing import assert_equal, assert_true, assert_false


def test_construction():
    var items = List[Int](1, 2, 3, 4)
    var view = Span(items)
    assert_equal(len(view), 4)
    assert_true(view)
    assert_equal(view[0], 1)
    assert_equal(view[-1], 4)
    assert_true(view.unsafe_ptr() == items.unsafe_ptr())
    var array = InlineArray[Int, 3](7, 8, 9)
    var of_array = Span(array)
    assert_equal(len(of_array), 3)
    assert_equal(of_array[2], 9)
    var copy = Span[Int, __origin_of(items)](other=view)
    assert_equal(copy[1], 2)
    var empty = List[Int]()
    assert_false(Span(empty))


def test_writes_reach_the_owner():
    var items = List[Int](1, 2, 3)
    var view = Span(items)
    view[0] = 10
    assert_equal(items[0], 10)
    view.fill(5)
    assert_equal(items, List[Int](5, 5, 5))
    var source = List[Int](7, 8, 9)
    view.copy_from(Span(source))
    assert_equal(items, List[Int](7, 8, 9))
    assert_equal(view.get_immutable()[2], 9)


def test_slices():
    var items = List[Int](1, 2, 3, 4, 5)
    var view = Span(items)
    var middle = view[1:3]
    assert_equal(len(middle), 2)
    assert_equal(middle[0], 2)
    assert_equal(middle[1], 3)
    assert_equal(len(view[-2:]), 2)
    assert_equal(view[-2:][0], 4)
    assert_equal(len(view[3:1]), 0)
    middle[0] = 20
    assert_equal(items[1], 20)


def test_iteration():
    var items = List[Int](1, 2, 3)
    var view = Span(items)
    var forward = List[Int]()
    for x in view:
        forward.append(x[])
    assert_equal(forward, List[Int](1, 2, 3))
    var backward = List[Int]()
    for x in reversed(view):
        backward.append(x[])
    assert_equal(backward, List[Int](3, 2, 1))


def test_equality():
    var a = List[Int](1, 2, 3)
    var b = List[Int](1, 2, 3)
    var c = List[Int](1, 2)
    assert_true(Span(a) == Span(b))
    assert_false(Span(a) != Span(b))
    assert_true(Span(a) != Span(c))
    b[2] = 4
    assert_false(Span(a) == Span(b))


def test_list_from_span():
    var items = List[Int](1, 2, 3)
    var copy = List[Int](Span(items))
    copy[0] = 9
    assert_equal(items[0], 1)
    assert_equal(copy, List[Int](9, 2, 3))
    var converted: List[Int] = Span(items)
    assert_equal(converted, items)
