# RUN: %mojoc run %s | FileCheck %s
# `None` is `Writable`, `Stringable` and `Representable`, as 24.6's
# `NoneType` struct is: it prints, and binds generic parameters with those
# bounds (through the prelude's `_NoneTypeMethods`).


fn written[T: Writable](x: T) -> String:
    return String.write(x)


fn text[T: Stringable](x: T) -> String:
    return str(x)


fn main():
    # CHECK: None
    print(None)
    # CHECK-NEXT: None None
    print(str(None), repr(None))
    # CHECK-NEXT: None|2|None
    print(None, 2, None, sep="|")
    # CHECK-NEXT: [None] [None] None
    print("[" + written(None) + "]", "[" + text(None) + "]", None.__str__())
