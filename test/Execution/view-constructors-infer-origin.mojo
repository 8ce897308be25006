# RUN: %mojoc run %s | FileCheck %s
# A view built by its constructor, with no origin written, binds any
# origin (origins are not tracked): `StringSlice(s)`, `Span(list)`. Its
# temporary source lives while the view is used.

from memory import Span
from utils import StringSlice


fn make() -> String:
    return String("ab") * 3


fn main():
    var s = String("hello")
    var slice = StringSlice(s)
    var items = List[Int](1, 2, 3)
    var span = Span(items)
    # CHECK: hello 5 3 3
    print(slice, len(slice), len(span), span[2])
    var from_temp = StringSlice(make())
    var span_temp = Span(List[Int](7, 8))
    # CHECK-NEXT: ababab 8
    print(from_temp, span_temp[1])
