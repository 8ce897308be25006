# StringLiteral, StringSlice and StringRef: views of bytes.
from memory.span import Span
from testing import assert_equal, assert_true, assert_false
from utils.string_slice import StringSlice, StaticString
from utils.stringref import StringRef


def test_string_literal():
    assert_equal(len("abc"), 3)
    assert_true("a" < "b")
    assert_true("abc" == "abc")
    assert_true("bc" in "abc")
    assert_equal("a-b".split("-")[1], "b")
    assert_equal("Hi".upper(), "HI")
    assert_equal("hello".find("l"), 2)
    assert_equal("x".as_bytes()[0], 120)


def test_string_slice():
    var s = String("hello world")
    var slice = s.as_string_slice()
    assert_equal(slice.byte_length(), 11)
    assert_true(slice.startswith("hello"))
    assert_equal(slice.find("world"), 6)
    var static: StaticString = "static"
    assert_equal(String(static), "static")
    assert_true(StringSlice[StaticConstantOrigin]("a") == StringSlice[StaticConstantOrigin]("a"))


def test_string_ref():
    var r = StringRef("hello")
    assert_equal(len(r), 5)
    assert_equal(String(r.drop_front(1)), "ello")
    assert_equal(String(r.take_back(2)), "lo")
    assert_true(r == StringRef("hello"))
    assert_true(StringRef("a") < StringRef("b"))
    var parts = StringRef("a,b").split(",")
    assert_equal(len(parts), 2)
    assert_equal(String(parts[1]), "b")
    assert_equal(int(StringRef("12")), 12)


def test_span():
    var items = List[Int](1, 2, 3)
    var view = Span[Int, MutableAnyOrigin](ptr=items.unsafe_ptr(), length=3)
    assert_equal(len(view), 3)
    assert_equal(view[-1], 3)
    view[0] = 10
    assert_equal(items[0], 10)
