# Hashing: `hash`, `Hashable`, `KeyElement`, and the `__hash__` of the
# builtin types. Equal values must hash equal; different small values
# should not.
from testing import assert_equal, assert_not_equal, assert_true
from memory import UnsafePointer
from utils import StringRef, StringSlice
from collections import KeyElement as CollectionsKeyElement
from collections.dict import KeyElement, RepresentableKeyElement
from hashlib import Hashable as HashlibHashable, hash as hashlib_hash


fn key_hash[K: KeyElement](k: K) -> UInt:
    """What a generic `Dict[K: KeyElement, V]` does with its keys."""
    return hash(k)


fn same_keys[K: CollectionsKeyElement](a: K, b: K) -> Bool:
    return a == b and hash(a) == hash(b)


fn shown[K: RepresentableKeyElement](k: K) -> String:
    return repr(k)


fn via_hashlib[T: HashlibHashable](value: T) -> UInt:
    return hashlib_hash(value)


@value
struct Point(KeyElement):
    """A user type made a key by writing `__hash__` and `__eq__`."""

    var x: Int
    var y: Int

    fn __hash__(self) -> UInt:
        return hash(self.x) * 31 + hash(self.y)

    fn __eq__(self, other: Self) -> Bool:
        return self.x == other.x and self.y == other.y

    fn __ne__(self, other: Self) -> Bool:
        return not self == other


def test_key_element_generic():
    assert_equal(key_hash(5), hash(5))
    assert_equal(key_hash(String("abc")), hash(String("abc")))
    assert_equal(key_hash("abc"), hash(String("abc")))
    assert_equal(key_hash(UInt(5)), hash(5))
    assert_equal(key_hash(True), hash(1))
    assert_equal(key_hash(Point(1, 2)), key_hash(Point(1, 2)))
    assert_not_equal(key_hash(Point(1, 2)), key_hash(Point(2, 1)))
    assert_true(same_keys(String("k"), String("k")))
    assert_true(same_keys(7, 7))
    assert_equal(shown(String("a")), "'a'")
    assert_equal(via_hashlib(9), hash(9))


def test_ints():
    assert_equal(hash(0), hash(0))
    assert_not_equal(hash(0), 0)
    assert_not_equal(hash(1), hash(2))
    assert_not_equal(hash(-1), hash(1))
    assert_equal(hash(Int(7)), hash(UInt(7)))
    assert_equal(hash(-1), hash(UInt.MAX))
    assert_equal(hash(True), hash(1))
    assert_equal(hash(False), hash(0))
    # Consecutive keys spread over the whole word, high bits too.
    var high = 0
    for i in range(64):
        if hash(i) >> 63 == 1:
            high += 1
    assert_true(high > 16 and high < 48, "high bit set in " + str(high) + " of 64")


def test_simd():
    assert_equal(hash(Int8(-1)), hash(-1))
    assert_equal(hash(UInt8(200)), hash(200))
    assert_equal(hash(UInt64(5)), hash(5))
    assert_equal(hash(Float64(1.5)), hash(Float32(1.5)))
    assert_equal(hash(Float64(-0.0)), hash(Float64(0.0)))
    assert_not_equal(hash(Float64(1.0)), hash(Float64(2.0)))
    var v = SIMD[DType.int32, 4](1, 2, 3, 4)
    assert_equal(hash(v), hash(SIMD[DType.int32, 4](1, 2, 3, 4)))
    assert_not_equal(hash(v), hash(SIMD[DType.int32, 4](1, 2, 3, 5)))
    assert_not_equal(hash(v), hash(SIMD[DType.int32, 4](2, 1, 3, 4)))
    assert_equal(hash(SIMD[DType.bool, 2](True, False)), hash(SIMD[DType.bool, 2](True, False)))


def test_dtype():
    assert_equal(hash(DType.float32), hash(DType.float32))
    assert_not_equal(hash(DType.float32), hash(DType.float64))


def test_strings_agree():
    var s = String("hello, hashing world")
    var lit = "hello, hashing world"
    assert_equal(hash(s), hash(lit))
    assert_equal(hash(s), hash(s.as_string_slice()))
    assert_equal(hash(s), hash(StringRef(lit)))
    assert_equal(hash(s), hash(s.unsafe_ptr(), s.byte_length()))
    assert_equal(hash(String("")), hash(""))
    assert_equal(hash(s[0:5]), hash("hello"))


def test_strings_differ():
    assert_not_equal(hash("a"), hash("b"))
    assert_not_equal(hash("ab"), hash("ba"))
    assert_not_equal(hash(""), hash("\0"))
    assert_not_equal(hash("a"), hash("a\0"))
    assert_not_equal(hash("12345678"), hash("12345679"))
    assert_not_equal(hash("123456789abcdefgX"), hash("123456789abcdefgY"))
    # Every prefix of a string hashes differently.
    var text = String("the quick brown fox jumps over")
    var hashes = List[UInt]()
    for n in range(len(text) + 1):
        hashes.append(hash(text.unsafe_ptr(), n))
    for i in range(len(hashes)):
        for j in range(i + 1, len(hashes)):
            assert_not_equal(hashes[i], hashes[j])


def test_bytes_no_alignment_needed():
    var buffer = UnsafePointer[UInt8].alloc(32)
    for i in range(32):
        buffer[i] = UInt8(i)
    # The same 12 bytes at an odd address and at an even one.
    var copy = UnsafePointer[UInt8].alloc(16)
    for i in range(12):
        copy[i] = buffer[3 + i]
    assert_equal(hash(buffer + 3, 12), hash(copy, 12))
    buffer.free()
    copy.free()
