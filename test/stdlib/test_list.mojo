# `List`: displays, methods, slices, search, comparison, text.
from testing import assert_equal, assert_not_equal, assert_true, assert_false, assert_raises


def test_displays_and_growth():
    var items: List[Int] = [1, 2, 3]
    items.append(4)
    items.insert(0, 0)
    assert_equal(items, List[Int](0, 1, 2, 3, 4))
    items.extend(List[Int](5, 6))
    assert_equal(len(items), 7)
    assert_equal(items.pop(), 6)
    assert_equal(items.pop(0), 0)
    items.resize(2)
    assert_equal(items, List[Int](1, 2))
    items.clear()
    assert_false(items)
    var nested = [[1], [2, 3]]
    assert_equal(len(nested[1]), 2)


def test_indexing_and_slices():
    var items = List[Int](10, 20, 30, 40)
    assert_equal(items[-1], 40)
    items[1] = 21
    assert_equal(items[1], 21)
    assert_equal(items[1:3], List[Int](21, 30))
    assert_equal(items[::-1], List[Int](40, 30, 21, 10))
    assert_equal(items[-2:], List[Int](30, 40))
    items.reverse()
    assert_equal(items[0], 40)


def test_search_and_compare():
    var items = List[Int](1, 2, 3, 2)
    assert_true(2 in items)
    assert_false(5 in items)
    assert_equal(items.count(2), 2)
    assert_equal(items.index(2), 1)
    assert_equal(items.index(2, start=2), 3)
    with assert_raises(contains="ValueError: Given element is not in list"):
        _ = items.index(9)
    assert_true(items == List[Int](1, 2, 3, 2))
    assert_true(items != List[Int](1, 2))
    assert_equal(List[Int](1) + List[Int](2), List[Int](1, 2))
    assert_equal(List[Int](7) * 3, List[Int](7, 7, 7))


def test_iteration():
    var items = List[Int](1, 2, 3)
    var total = 0
    for x in items:
        total += x[]
    assert_equal(total, 6)
    for x in items:
        x[] *= 10
    assert_equal(items, List[Int](10, 20, 30))
    var backwards = List[Int]()
    for x in reversed(items):
        backwards.append(x[])
    assert_equal(backwards, List[Int](30, 20, 10))


def test_text():
    assert_equal(List[Int](1, 2, 3).__str__(), "[1, 2, 3]")
    assert_equal(List[String]("a", "b").__repr__(), "['a', 'b']")
    assert_equal(List[Int]().__str__(), "[]")


def test_strings_as_elements():
    var words = List[String]("b", "a", "c")
    sort(words)
    assert_equal(words, List[String]("a", "b", "c"))
    assert_true(String("b") in words)


fn _owned_list(owned *values: String) -> List[String]:
    return List[String](elements=values^)


def test_construction_forms():
    assert_equal(_owned_list("a", "b"), List[String]("a", "b"))
    var items = List[Int](1, 2, 3)
    var copy = List[Int](other=items)
    copy[0] = 9
    assert_equal(items[0], 1)
    var with_room = List[Int](capacity=8)
    assert_equal(len(with_room), 0)
    assert_true(with_room.capacity >= 8)


def test_steal_data():
    var items = List[Int](4, 5, 6)
    var data = items.steal_data()
    assert_equal(len(items), 0)
    assert_equal(data[1], 5)
    var adopted = List[Int](ptr=data, length=3, capacity=3)
    assert_equal(adopted, List[Int](4, 5, 6))


def test_more_mutation():
    var items = List[Int](1, 2, 3)
    items.resize(5, 0)
    assert_equal(items, List[Int](1, 2, 3, 0, 0))
    items.swap_elements(0, 4)
    assert_equal(items[0], 0)
    assert_equal(items[-5], 0)
    items[-1] = 7
    assert_equal(items[4], 7)
    items += List[Int](8)
    assert_equal(len(items), 6)
    items *= 2
    assert_equal(len(items), 12)
    assert_equal(items.index(7, 5), 10)
