# Functions over text: str, repr, ord, chr, atol, atof, format, bin/hex/oct.
from testing import assert_equal, assert_raises


def test_str_and_repr():
    assert_equal(str(42), "42")
    assert_equal(str(-1.5), "-1.5")
    assert_equal(str(True), "True")
    assert_equal(str(None), "None")
    assert_equal(str(UInt8(255)), "255")
    assert_equal(repr("it's"), "\"it's\"")
    assert_equal(repr(String("a\tb")), "'a\\tb'")
    assert_equal(repr(Float32(0.5)), "SIMD[DType.float32, 1](0.5)")
    assert_equal(repr(DType.uint16), "DType.uint16")


def test_ord_chr():
    assert_equal(ord("a"), 97)
    assert_equal(ord("€"), 8364)
    assert_equal(ord("😀"), 128512)
    assert_equal(chr(97), "a")
    assert_equal(chr(8364), "€")
    assert_equal(chr(128512), "😀")


def test_atol():
    assert_equal(atol("42"), 42)
    assert_equal(atol("  -17 "), -17)
    assert_equal(atol("ff", 16), 255)
    assert_equal(atol("0x1F", 0), 31)
    assert_equal(atol("0o17", 0), 15)
    assert_equal(atol("1_000"), 1000)
    with assert_raises(contains="base 10: '1.5'"):
        _ = atol("1.5")
    with assert_raises():
        _ = atol("")
    with assert_raises():
        _ = atol("1__0")


def test_atof():
    assert_equal(atof("1.5"), 1.5)
    assert_equal(atof("-0.25"), -0.25)
    assert_equal(atof("1e3"), 1000.0)
    assert_equal(atof("2.5E-1"), 0.25)
    assert_equal(atof(".5"), 0.5)
    with assert_raises(contains="not convertible to float"):
        _ = atof("1.2.3")


def test_format():
    assert_equal(String("{} and {}").format(1, "two"), "1 and two")
    assert_equal(String("{1}{0}").format("a", "b"), "ba")
    assert_equal(String("{!r}").format("x"), "'x'")
    assert_equal(String("{{}}").format(), "{}")
    with assert_raises(contains="Index 1 not in *args"):
        _ = String("{} {}").format(1)


def test_int_bases():
    assert_equal(hex(255), "0xff")
    assert_equal(hex(-255), "-0xff")
    assert_equal(bin(10), "0b1010")
    assert_equal(oct(64), "0o100")
    assert_equal(hex(0), "0x0")
    assert_equal(hex(UInt8(16)), "0x10")
    assert_equal(bin(5, prefix=""), "101")
