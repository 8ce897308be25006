# RUN: %mojoc run %s | %FileCheck %s
# `String`'s text methods: searching, splitting, trimming, replacing,
# cases, padding, joining.

fn main() raises:
    var s = String("Hello, World")
    # CHECK: 7 -1 10 3 0
    print(s.find("World"), s.find("x"), s.rfind("l"), s.count("l"), s.find(""))
    # CHECK-NEXT: True True False True
    print(s.startswith("Hello"), s.endswith("ld"), s.startswith("World"), s.startswith("World", 7))
    # CHECK-NEXT: hello, world HELLO, WORLD
    print(s.lower(), s.upper())
    # CHECK-NEXT: HeLLo, WorLd
    print(s.replace("l", "L"))
    var parts = s.split(", ")
    # CHECK-NEXT: 2 [Hello] [World]
    print(len(parts), "[" + parts[0] + "]", "[" + parts[1] + "]")
    var fields = String("a,b,,c").split(",")
    # CHECK-NEXT: 4 [] c
    print(len(fields), "[" + fields[2] + "]", fields[3])
    var limited = String("a b c d").split(" ", 2)
    # CHECK-NEXT: 3 c d
    print(len(limited), limited[2])
    var words = String("  one two\tthree\n  ").split()
    # CHECK-NEXT: 3 one three
    print(len(words), words[0], words[2])
    # CHECK-NEXT: [pad] [hi] [x  ] [  x]
    print("[" + String(String("  pad ").strip()) + "]", "[" + String(String("xxhixx").strip("x")) + "]", "[" + String(String("  x  ").lstrip()) + "]", "[" + String(String("  x  ").rstrip()) + "]")
    var lines = String("a\nb\r\nc\rd").splitlines()
    # CHECK-NEXT: 4 c d
    print(len(lines), lines[2], lines[3])
    # CHECK-NEXT: a-b-c
    print(String("-").join(String("a b c").split()))
    # A `List[String]` takes the non-generic `join`, which sizes its result
    # first: no elements, one, and empty ones.
    # CHECK-NEXT: [] [a] [,x,,]
    print("[" + String(",").join(List[String]()) + "]", "[" + String(", ").join(List[String]("a")) + "]", "[" + String(",").join(String(" x  ").split(" ")) + "]")
    # CHECK-NEXT: 1+2+3
    print(String("+").join(List[Int](1, 2, 3)))
    # CHECK-NEXT: 1, 2, 3
    print(String(", ").join(1, 2, 3))
    # CHECK-NEXT: [  abc] [abc  ] [*abc**]
    print("[" + String("abc").rjust(5) + "]", "[" + String("abc").ljust(5) + "]", "[" + String("abc").center(6, "*") + "]")
    # CHECK-NEXT: fix.txt name
    print(String("prefix.txt").removeprefix("pre"), String("name.mojo").removesuffix(".mojo"))
    # CHECK-NEXT: True False True False
    print(String("123").isdigit(), String("12a").isdigit(), String(" \t").isspace(), String("").isspace())
    # CHECK-NEXT: True False
    print(String("ABC1").isupper(), String("AbC").isupper())
    try:
        _ = s.split("")
    except e:
        # CHECK-NEXT: ValueError: empty separator
        print(e)
