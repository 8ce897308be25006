# `String`: construction, operators, indexing, iteration, methods.
from testing import assert_equal, assert_not_equal, assert_true, assert_false, assert_raises
from utils.string_slice import StaticString


def test_construction_and_len():
    assert_equal(len(String()), 0)
    assert_equal(len(String("héllo")), 6)
    assert_equal(String("abc").byte_length(), 3)
    assert_false(String())
    assert_true(String("x"))
    var s = String(capacity=100)
    assert_equal(len(s), 0)


def test_concatenation():
    var s = String("ab")
    s += "cd"
    s += String("ef")
    assert_equal(s, "abcdef")
    assert_equal(String("a") + "b" + String("c"), "abc")
    assert_equal("x" + String("y"), "xy")
    assert_equal(String("ab") * 3, "ababab")
    assert_equal(String("ab") * 0, "")


def test_comparisons():
    assert_true(String("abc") == "abc")
    assert_true(String("abc") != "abd")
    assert_true(String("abc") < String("abd"))
    assert_true(String("ab") < String("abc"))
    assert_true(String("b") > String("abc"))
    assert_true(String("a") <= String("a"))
    assert_true(String("a") >= String("a"))


def test_contains_and_search():
    var s = String("Hello, World")
    assert_true("World" in s)
    assert_false("world" in s)
    assert_equal(s.find("o"), 4)
    assert_equal(s.find("o", 5), 8)
    assert_equal(s.find("zz"), -1)
    assert_equal(s.rfind("o"), 8)
    assert_equal(s.count("l"), 3)
    assert_equal(String("aaaa").count("aa"), 2)
    assert_true(s.startswith("Hell"))
    assert_true(s.endswith("World"))
    assert_true(s.startswith("World", 7))
    assert_false(s.endswith("Hello"))


def test_indexing_and_iteration():
    var s = String("abc")
    assert_equal(s[0], "a")
    assert_equal(s[-1], "c")
    var joined = String()
    for c in String("héllo"):
        joined += String(c)
        joined += "|"
    assert_equal(joined, "h|é|l|l|o|")


def test_split_and_join():
    var parts = String("a,b,,c").split(",")
    assert_equal(len(parts), 4)
    assert_equal(parts[2], "")
    assert_equal(parts[3], "c")
    assert_equal(len(String("a b c").split(" ", 1)), 2)
    var words = String("  one  two\tthree\n").split()
    assert_equal(len(words), 3)
    assert_equal(words[1], "two")
    assert_equal(len(String("").split()), 0)
    assert_equal(String(", ").join(words), "one, two, three")
    assert_equal(String("-").join(1, 2, 3), "1-2-3")
    var lines = String("a\nb\r\nc").splitlines()
    assert_equal(len(lines), 3)
    assert_equal(lines[1], "b")
    with assert_raises(contains="empty separator"):
        _ = String("abc").split("")


def test_strip_replace_case():
    assert_equal(String(String("  x y  ").strip()), "x y")
    assert_equal(String(String("--x--").strip("-")), "x")
    assert_equal(String(String("  x").lstrip()), "x")
    assert_equal(String(String("x  ").rstrip()), "x")
    assert_equal(String("a.b.c").replace(".", "::"), "a::b::c")
    assert_equal(String("MiXed 1").lower(), "mixed 1")
    assert_equal(String("MiXed 1").upper(), "MIXED 1")
    assert_equal(String("prefix.txt").removeprefix("pre"), "fix.txt")
    assert_equal(String("name.mojo").removesuffix(".mojo"), "name")


def test_padding_and_classes():
    assert_equal(String("ab").rjust(4), "  ab")
    assert_equal(String("ab").ljust(4, "."), "ab..")
    assert_equal(String("ab").center(6, "*"), "**ab**")
    assert_true(String("123").isdigit())
    assert_false(String("1a").isdigit())
    assert_true(String(" \n").isspace())
    assert_true(String("ABC").isupper())
    assert_true(String("abc").islower())


def test_writer():
    var s = String()
    s.write("a", 1, True)
    assert_equal(s, "a1True")
    assert_equal(String.write(1, 2, sep="-", end="!"), "1-2!")


def test_copies_are_independent():
    var a = String("one")
    var b = a
    b += "two"
    assert_equal(a, "one")
    assert_equal(b, "onetwo")


def test_capacity_and_buffer():
    var s = String(capacity=32)
    assert_equal(len(s), 0)
    s += "abc"
    s.reserve(100)
    assert_equal(s, "abc")
    assert_equal(s.unsafe_cstr_ptr()[0], 97)
    assert_equal(s.unsafe_cstr_ptr()[3], 0)  # NUL-terminated.
    var bytes = s.as_bytes()
    assert_equal(len(bytes), 3)
    assert_equal(bytes[2], 99)


def test_conversions_and_radd():
    assert_equal(String("42").__int__(), 42)
    assert_equal(int(String("-7")), -7)
    assert_equal(String("2.5").__float__(), 2.5)
    assert_equal(float(String("1e3")), 1000.0)
    assert_equal(String("dir/file").__fspath__(), "dir/file")
    assert_equal("pre" + String("fix"), "prefix")
    assert_equal(String("fix").__radd__(String("pre")), "prefix")
    var from_slice: String = StaticString("view")
    assert_equal(from_slice, "view")


def test_reversed_code_points():
    var s = String("aé€")
    var backward = List[String]()
    for c in s.__reversed__():
        backward.append(String(c))
    assert_equal(len(backward), 3)
    assert_equal(backward[0], "€")
    assert_equal(backward[1], "é")
    assert_equal(backward[2], "a")
