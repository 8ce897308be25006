# `StringRef`: byte views with take/drop, search, strip and split.
from testing import assert_equal, assert_true, assert_false, assert_raises
from utils.stringref import StringRef


def test_construction():
    var empty = StringRef()
    assert_true(empty.empty())
    assert_false(empty)
    var lit: StringRef = "hello"
    assert_false(lit.empty())
    assert_equal(len(lit), 5)
    var counted = StringRef(lit.unsafe_ptr(), 3)
    assert_equal(String(counted), "hel")
    var terminated = StringRef(ptr="abc".unsafe_ptr())
    assert_equal(len(terminated), 3)
    var from_c: StringRef = "xyz".unsafe_cstr_ptr()
    assert_equal(String(from_c), "xyz")


def test_take_and_drop():
    var r = StringRef("hello")
    assert_equal(String(r.take_front()), "h")
    assert_equal(String(r.take_front(2)), "he")
    assert_equal(String(r.take_back()), "o")
    assert_equal(String(r.take_back(3)), "llo")
    assert_equal(String(r.drop_front()), "ello")
    assert_equal(String(r.drop_back(2)), "hel")
    # Past the end: the whole text, or nothing.
    assert_equal(String(r.take_front(9)), "hello")
    assert_true(r.drop_front(9).empty())


def test_search():
    var r = StringRef("hello")
    assert_equal(String(r[1]), "e")
    assert_true("ell" in r)
    assert_equal(r.count("l"), 2)
    assert_equal(r.find("l"), 2)
    assert_equal(r.rfind("l"), 3)
    assert_equal(r.find("z"), -1)
    assert_true(r.startswith("he"))
    assert_true(r.endswith("lo"))
    assert_true(r >= StringRef("hello") and r > StringRef("a") and r <= StringRef("z"))


def test_strip_and_split():
    assert_equal(String(StringRef("  a b ").strip()), "a b")
    var parts = StringRef("a,,b").split(",")
    assert_equal(len(parts), 3)
    assert_true(parts[1].empty())
    assert_equal(String(parts[2]), "b")
    with assert_raises():
        _ = StringRef("a").split("")


def test_text():
    var r = StringRef("path")
    assert_equal(str(r), "path")
    assert_equal(repr(r), "StringRef('path')")
    assert_equal(r.__fspath__(), "path")
    var out = String()
    r.write_to(out)
    assert_equal(out, "path")
    assert_equal(len(r.as_bytes()), 4)
    assert_equal(int(StringRef("-42")), -42)
