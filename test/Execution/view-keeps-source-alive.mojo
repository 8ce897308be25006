# RUN: %mojoc run %s | %FileCheck %s
# mojoc does not track origins, so two rules keep a view's source alive
# (docs/compiler/ownership.md): what a call returning a view borrowed
# lives until the view's consumer, and a variable holding such a view
# keeps the variables that call borrowed alive while it is used.

from utils import StringSlice


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
