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


def test_string_literal_helpers():
    assert_true("abc" == StaticString("abc"))
    assert_true("abc" != StaticString("abd"))
    assert_equal("dir".__fspath__(), "dir")
    var backward = String()
    for c in "abc".__reversed__():
        backward += c
    assert_equal(backward, "cba")
    assert_equal(",".join(1, 2, 3), "1,2,3")
    assert_equal("-".join("a", 1, True), "a-1-True")
    assert_equal(", ".join(List[String]("x", "y")), "x, y")
    assert_equal("xxaxx".lstrip("x"), "axx")
    assert_equal("xxaxx".rstrip("x"), "xxa")
    assert_equal("a\nb\r\nc".splitlines(), List[String]("a", "b", "c"))
    assert_equal("{}+{}".format(1, 2), "1+2")
    assert_equal(int("12"), 12)
    assert_equal("ab".unsafe_cstr_ptr()[1], 98)


def test_string_slice_lines():
    var text = String("one\ntwo\r\nthree\x0bfour\u2028five")
    var lines = text.as_string_slice().splitlines()
    assert_equal(len(lines), 5)
    assert_equal(String(lines[1]), "two")
    assert_equal(String(lines[4]), "five")
    var kept = text.as_string_slice().splitlines(keepends=True)
    assert_equal(String(kept[1]), "two\r\n")
    assert_equal(String(kept[3]), "four\u2028")
    assert_true(StaticString("\n").isnewline())
    assert_true(StaticString("\r\n\n").isnewline())
    assert_false(StaticString("\r\n\n").isnewline[single_character=True]())
    assert_true(StaticString("\u2029").isnewline[single_character=True]())
    assert_false(StaticString("a\n").isnewline())
    assert_false(StaticString("").isnewline())


def test_string_slice_more():
    var s = String("héllo")
    var view = s.as_string_slice()
    var backward = String()
    for c in view.__reversed__():
        backward += c
    assert_equal(backward, "olléh")
    assert_equal(StaticString("ab") * 3, "ababab")
    assert_equal(StaticString("{}-{!r}").format(1, "x"), "1-'x'")
    assert_equal(int(StaticString("7")), 7)
    assert_equal(float(StaticString("0.5")), 0.5)
