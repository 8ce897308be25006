# RUN: %mojoc run %s | %FileCheck %s
# Text forms of values (`str`, `repr`, `String.write`), parsing (`atol`,
# `atof`, `int` of a string), code points (`ord`, `chr`) and
# `String.format`.

fn main() raises:
    # CHECK: 42 1.5 True -7
    print(str(42), str(1.5), str(True), str(Int8(-7)))
    # CHECK-NEXT: 'x' "it's" 'a\nb\\c' 42 True
    print(repr("x"), repr(String("it's")), repr(String("a\nb\\c")), repr(42), repr(True))
    # CHECK-NEXT: SIMD[DType.float64, 1](1.5) SIMD[DType.int32, 2](1, 2) DType.int8
    print(repr(Float64(1.5)), repr(SIMD[DType.int32, 2](1, 2)), repr(DType.int8))
    # CHECK-NEXT: 1 2.5 True
    print(String.write(1, " ", 2.5, " ", True))
    # CHECK-NEXT: 1, 2
    print(String.write(1, 2, sep=", "))
    # CHECK-NEXT: 123 -31 42 255 10 1000000
    print(atol("123"), atol("-0x1f", 0), atol(" 42 "), atol("ff", 16), atol("0b1010", 0), atol("1_000_000"))
    # CHECK-NEXT: 1.5 -2500.0 0.001 inf
    print(atof("1.5"), atof("-2.5e3"), atof("1e-3"), atof("inf"))
    # CHECK-NEXT: 65 233 8364 a é €
    print(ord("A"), ord("é"), ord("€"), chr(97), chr(233), chr(8364))
    # CHECK-NEXT: 1 + 2 = 3|aba|{x}|'q'
    print(String("{} + {} = {}").format(1, 2, 3), "{0}{1}{0}".format("a", "b"), "{{{}}}".format("x"), "{!r}".format("q"), sep="|")
    try:
        _ = atol("12x")
    except e:
        # CHECK-NEXT: String is not convertible to integer with base 10: '12x'
        print(e)
    try:
        _ = atof("abc")
    except e:
        # CHECK-NEXT: String is not convertible to float: 'abc'
        print(e)
    try:
        _ = "{} {}".format(1)
    except e:
        # CHECK-NEXT: Index 1 not in *args
        print(e)
