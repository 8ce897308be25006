# RUN: %mojoc run %s | %FileCheck %s
# `String`: an owned UTF-8 buffer; construction, `+`, `+=`, `*`,
# comparisons, `in`, indexing with negative indices, iteration by code
# point, `len` in bytes, copies that own their bytes.

fn main():
    var s = String("Hello")
    var t = s
    t += ", World"
    # CHECK: Hello|Hello, World|12
    print(s, t, len(t), sep="|")
    # CHECK-NEXT: Hello! ab!
    print(s + "!", String("a") + String("b") + "!")
    # CHECK-NEXT: xyxyxy|
    print(String("xy") * 3, String("z") * 0, sep="|")
    # CHECK-NEXT: True False True True False
    print(s == "Hello", s != "Hello", String("abc") < String("abd"), String("ab") < String("abc"), "ell" in String("xyz"))
    # CHECK-NEXT: True True
    print("ell" in s, String("b") >= String("a"))
    # CHECK-NEXT: H o e
    print(s[0], s[-1], s[1])
    # CHECK-NEXT: h,é,l,l,o,
    for c in String("héllo"):
        print(c, end=",")
    print()
    # CHECK-NEXT: 6 False True
    print(len(String("héllo")), Bool(String("")), Bool(String("x")))
    var empty = String()
    empty += "grown"
    # CHECK-NEXT: grown 5
    print(empty, empty.byte_length())
    # A long string grows its buffer more than once.
    var long = String()
    for i in range(1000):
        long += "ab"
    # CHECK-NEXT: 2000 True
    print(len(long), long.endswith("abab"))
