# RUN: %mojoc run %s | %FileCheck %s
# mojoc does not track origins, so two rules keep a view's source alive
# (docs/compiler/ownership.md): what a call returning a view borrowed
# lives until the view's consumer, and a variable holding such a view
# keeps the variables that call borrowed alive while it is used.

from utils import StringSlice


struct Owner:
    var s: String

    fn __init__(out self, s: String):
        self.s = s

    fn __del__(owned self):
        print("del owner")

    fn view(ref self) -> StringSlice[__origin_of(self)]:
        return self.s.as_string_slice()


fn main():
    # The lowered temporary lives until `String` copies the stripped view.
    var word = String("  MiXed  ")
    # CHECK: [mixed]
    print("[" + String(word.lower().strip()) + "]")
    # `s` is last named where the slice is made; the slice's reads keep it.
    var s = String("hello world")
    var slice = s.as_string_slice()
    var stripped = slice.strip()
    # CHECK-NEXT: True 11 hello world
    print(slice.startswith("hello"), slice.byte_length(), stripped)
    # A temporary a view variable borrows from lives while the view is used.
    var v = Owner("abc").view()
    var t = String("  temp  ").strip()
    # CHECK-NEXT: before use
    print("before use")
    # CHECK-NEXT: abc [temp]
    print(v, "[" + String(t) + "]")
    # CHECK-NEXT: del owner
    # CHECK-NEXT: after use
    print("after use")
    # A `Pointer` to an element a `ref` result gives keeps the list alive.
    var numbers = List[Int](7, 8)
    var second = Pointer.address_of(numbers[1])
    # CHECK-NEXT: 8
    print(second[])
