"""`bin`, `hex` and `oct`: an integer's text in base 2, 16 or 8, signed and
prefixed as Python writes it (`-0x1f`)."""

from utils.string_slice import StaticString


fn _format_int(value: Int, radix: Int, prefix: StaticString) -> String:
    var digits = "0123456789abcdef".unsafe_ptr()
    # The digits, least significant first, from the magnitude as unsigned
    # (so that `Int.MIN` has one).
    var reversed_digits = String(capacity=64)
    var magnitude = UInt64(value) if value >= 0 else UInt64(0) - UInt64(value)
    while True:
        reversed_digits._append_byte(digits[Int(magnitude % UInt64(radix))])
        magnitude //= UInt64(radix)
        if magnitude == 0:
            break
    var n = reversed_digits.byte_length()
    var out = String(capacity=n + 1 + prefix.byte_length())
    if value < 0:
        out += "-"
    out += prefix
    for i in range(n):
        out._append_byte(reversed_digits.unsafe_ptr()[n - 1 - i])
    return out^


fn bin[T: Indexer, //](num: T, /, *, prefix: StaticString = "0b") -> String:
    return _format_int(num.__index__(), 2, prefix)


fn bin[type: DType, //](num: Scalar[type], /, *, prefix: StaticString = "0b") -> String:
    @parameter
    if type == DType.bool:
        return _format_int(1 if num.__bool__() else 0, 2, prefix)
    else:
        return _format_int(Int(num), 2, prefix)


fn hex[T: Indexer, //](num: T, /, *, prefix: StaticString = "0x") -> String:
    return _format_int(num.__index__(), 16, prefix)


fn hex[type: DType, //](num: Scalar[type], /, *, prefix: StaticString = "0x") -> String:
    @parameter
    if type == DType.bool:
        return _format_int(1 if num.__bool__() else 0, 16, prefix)
    else:
        return _format_int(Int(num), 16, prefix)


fn oct[T: Indexer, //](num: T, /, *, prefix: StaticString = "0o") -> String:
    return _format_int(num.__index__(), 8, prefix)


fn oct[type: DType, //](num: Scalar[type], /, *, prefix: StaticString = "0o") -> String:
    @parameter
    if type == DType.bool:
        return _format_int(1 if num.__bool__() else 0, 8, prefix)
    else:
        return _format_int(Int(num), 8, prefix)
