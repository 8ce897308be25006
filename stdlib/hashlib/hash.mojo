"""`Hashable` and `hash`: the non-cryptographic hashing behind `Dict` and
`Set` keys.

Every hash here is built from one 64-bit mixing function, `_hash_word`
(the finalizer of SplitMix64, after Stafford's "Mix13" variant of
MurmurHash3's): two multiplies and three xor-shifts, a bijection in which
each input bit flips about half of the output bits. It was chosen over
heavier byte hashes (SipHash, aHash's AES rounds) because keys here are
mostly machine words and short strings, where a word-at-a-time loop over
this mixer is small enough to inline and still spreads nearby keys (1, 2,
3; "a", "b") across the whole word, which open addressing needs. It is not
keyed, so it does not resist keys chosen to collide."""

from memory import UnsafePointer


trait Hashable:
    """A type that hashes to a `UInt`: equal values must hash equal."""

    fn __hash__(self) -> UInt:
        ...


fn hash[T: Hashable](hashable: T) -> UInt:
    """The hash of `hashable`, from its `__hash__`."""
    return hashable.__hash__()


fn hash(bytes: UnsafePointer[UInt8], n: Int) -> UInt:
    """The hash of the `n` bytes at `bytes`: equal byte strings hash equal,
    whatever type holds them (`String`, `StringLiteral`, `StringSlice`,
    `StringRef`)."""
    # The length goes in first, so that a zero-padded last word cannot make
    # "a" and "a\0" collide.
    var h = _hash_word(UInt(n))
    var words = n >> 3
    var wide = bytes.bitcast[UInt64]()
    for i in range(words):
        # An unaligned 8-byte load; each word is mixed into the state, whose
        # bits all depend on every earlier word.
        h = _hash_word(h ^ UInt(Int(wide.load(i))))
    var rest = n & 7
    if rest != 0:
        var tail = UInt(0)
        var base = words << 3
        for i in range(rest):
            tail |= UInt(Int(bytes[base + i])) << UInt(8 * i)
        h = _hash_word(h ^ tail)
    return h


@always_inline
fn _hash_word(value: UInt) -> UInt:
    """`value` mixed so that every output bit depends on every input bit.

    The golden-ratio offset keeps 0 from hashing to 0; the multipliers and
    shifts are SplitMix64's. The constants are written less 2**64, the same
    bits as an `Int`, so that they fold at compile time too (`alias`)."""
    alias golden = UInt(0x9E3779B97F4A7C15 - (1 << 64))
    alias mul1 = UInt(0xBF58476D1CE4E5B9 - (1 << 64))
    alias mul2 = UInt(0x94D049BB133111EB - (1 << 64))
    var z = value + golden
    z = (z ^ (z >> 30)) * mul1
    z = (z ^ (z >> 27)) * mul2
    return z ^ (z >> 31)
