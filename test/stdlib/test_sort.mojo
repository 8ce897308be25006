# `sort` over a List or a Span, with and without `cmp_fn`, stable or not.
from memory.span import Span
from testing import assert_equal, assert_true


def test_sort_list():
    var numbers = List[Int](5, 1, 4, 2, 3)
    sort(numbers)
    assert_equal(numbers, List[Int](1, 2, 3, 4, 5))
    var words = List[String]("pear", "apple", "fig")
    sort(words)
    assert_equal(words, List[String]("apple", "fig", "pear"))
    var scalars = List[Float32](2.5, -1.0, 0.0)
    sort(scalars)
    assert_equal(scalars[0], -1.0)
    assert_equal(scalars[2], 2.5)


def test_sort_span():
    var numbers = List[Int](3, 1, 2, 5, 4)
    sort(Span(numbers))
    assert_equal(numbers, List[Int](1, 2, 3, 4, 5))
    var view = Span(numbers)
    sort(view[2:])  # Only the tail.
    var tail = List[Int](9, 8, 7, 1, 2)
    sort(Span(tail)[:3])
    assert_equal(tail, List[Int](7, 8, 9, 1, 2))
    var floats = List[Float64](0.5, -2.0, 1.0)
    sort(Span(floats))
    assert_equal(floats[0], -2.0)
    var words = List[String]("b", "c", "a")
    sort(Span(words))
    assert_equal(words, List[String]("a", "b", "c"))


def test_cmp_fn():
    var numbers = List[Int](1, 3, 2)

    @parameter
    fn greater(a: Int, b: Int) -> Bool:
        return a > b

    sort[greater](numbers)
    assert_equal(numbers, List[Int](3, 2, 1))
    var more = List[Int](4, 6, 5)
    sort[greater](Span(more))
    assert_equal(more, List[Int](6, 5, 4))


def test_long_input():
    # Past the insertion-sort cutoff, with repeats.
    var numbers = List[Int]()
    for i in range(500):
        numbers.append((i * 7919) % 101)
    sort(numbers)
    for i in range(1, len(numbers)):
        assert_true(numbers[i - 1] <= numbers[i])
    assert_equal(numbers[0], 0)
    assert_equal(numbers[499], 100)


def test_stable():
    # Ordered by tens only: equal keys keep their input order.
    var numbers = List[Int]()
    for i in range(200):
        numbers.append((i * 37) % 101)

    @parameter
    fn by_tens(a: Int, b: Int) -> Bool:
        return a // 10 < b // 10

    sort[by_tens, stable=True](numbers)
    assert_equal(numbers[0], 0)
    assert_equal(numbers[1], 3)
    assert_equal(numbers[2], 6)
    for i in range(1, len(numbers)):
        assert_true(numbers[i - 1] // 10 <= numbers[i] // 10)
    var small = List[Int](21, 12, 25, 13)
    sort[by_tens, stable=True](Span(small))
    assert_equal(small, List[Int](12, 13, 21, 25))
    var plain = List[Int](3, 1, 2)
    sort[stable=True](plain)
    assert_equal(plain, List[Int](1, 2, 3))
