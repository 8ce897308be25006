# `Pointer` and `AddressSpace` (memory.pointer, both in the prelude), and
# the `Pointer`s that List and Span iterators yield.
from memory import Pointer, Span, UnsafePointer
from testing import assert_equal, assert_not_equal, assert_true, assert_false


@value
struct Pair:
    var first: Int
    var second: String


def test_address_of_reads_and_assigns():
    var x = 5
    var p = Pointer.address_of(x)
    assert_equal(p[], 5)
    p[] = 7
    assert_equal(x, 7)
    p[] += 1
    assert_equal(x, 8)
    var pair = Pair(1, "one")
    var q = Pointer.address_of(pair)
    q[].second += "!"
    assert_equal(pair.second, "one!")
    assert_equal(q[].first, 1)


def test_copies_and_comparison():
    var x = 1
    var y = 1
    var p = Pointer.address_of(x)
    var copy = Pointer[Int, __origin_of(x)](other=p)
    assert_true(p == copy)
    assert_false(p != copy)
    copy[] = 3
    assert_equal(x, 3)
    var other = Pointer.address_of(y)
    # Equal values, different addresses.
    assert_true(p != other)
    assert_false(p == other)


def test_str_is_the_hex_address():
    var x = 42
    var p = Pointer.address_of(x)
    assert_equal(str(p), hex(int(UnsafePointer.address_of(x))))
    assert_true(str(p).startswith("0x"))


def test_address_space():
    assert_equal(AddressSpace.GENERIC.value(), 0)
    assert_equal(int(AddressSpace(3)), 3)
    assert_true(AddressSpace.GENERIC == AddressSpace(0))
    assert_true(AddressSpace(1) != AddressSpace.GENERIC)
    assert_true(AddressSpace(0) is AddressSpace.GENERIC)
    assert_true(AddressSpace(2) is not AddressSpace.GENERIC)
    var space: AddressSpace = 5  # @implicit from Int
    assert_equal(space.value(), 5)
    assert_equal(str(AddressSpace.GENERIC), "AddressSpace.GENERIC")
    assert_equal(str(AddressSpace(3)), "AddressSpace(3)")
    var x = 0
    var p = Pointer[Int, __origin_of(x), AddressSpace.GENERIC].address_of(x)
    p[] = 9
    assert_equal(x, 9)
    assert_true(p.address_space == AddressSpace.GENERIC)


def test_list_iterators_yield_pointers():
    var items = List[Int](1, 2, 3)
    var previous = Pointer.address_of(items[0])
    var first = True
    for x in items:
        if not first:
            assert_true(x != previous)
        first = False
        previous = x
        x[] *= 10
    assert_equal(items, List[Int](10, 20, 30))
    var seen = List[Int]()
    for x in reversed(items):
        seen.append(x[])
    assert_equal(seen, List[Int](30, 20, 10))
    assert_true(Pointer.address_of(items[2]) == previous)


def test_span_iterators_and_as_ref():
    var items = List[String]("a", "b", "c")
    var view = Span(items)
    for s in view:
        s[] += "!"
    assert_equal(items[2], "c!")
    var seen = String()
    for s in reversed(view):
        seen += s[]
    assert_equal(seen, "c!b!a!")
    var head = view.as_ref()
    assert_equal(head[], "a!")
    head[] = "z"
    assert_equal(items[0], "z")
    assert_true(view[1:].as_ref() == Pointer.address_of(items[1]))


fn _sum_read(items: List[Int]) -> Int:
    var total = 0
    for x in items:
        total += x[]
    return total


def test_immutable_origins():
    var items = List[Int](1, 2)
    assert_equal(_sum_read(items), 3)
    var view = Span[Int, ImmutableAnyOrigin](ptr=items.unsafe_ptr(), length=2)
    var total = 0
    for x in view:
        assert_false(x.is_mutable)
        total += x[]
    for x in reversed(view):
        total += x[] * 10
    assert_equal(total, 33)
    assert_equal(view.as_ref()[], 1)
    assert_false(view.as_ref().is_mutable)
    # A span built from `unsafe_ptr()` keeps nothing alive (as in Mojo).
    _ = items^


def test_written_origin_decides_mutability():
    var items = List[Int](4)
    # The origin written beats the one the `ref` argument implies.
    var frozen = Pointer[Int, ImmutableAnyOrigin].address_of(items[0])
    var open = Pointer[Int, MutableAnyOrigin].address_of(items[0])
    assert_false(frozen.is_mutable)
    assert_true(open.is_mutable)
    assert_equal(frozen[], 4)


def test_other_infers_the_instance():
    var items = List[Int](1, 2, 3)
    var span = Span(items)
    var copy = Span(other=span)
    assert_equal(len(copy), 3)
    var x = 5
    var p = Pointer.address_of(x)
    var q = Pointer(other=p)
    assert_equal(q[], 5)
