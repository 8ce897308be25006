# RUN: %mojoc run %s | FileCheck %s
# `int`, `float` and `bool` of any Intable, Floatable or Boolable value: a
# type meeting both the plain and the raising trait takes the overload that
# does not raise.


fn main():
    # CHECK: 3 1 -5
    print(int(Float64(3.7)), int(True), int(Int8(-5)))
    # CHECK-NEXT: 3.0 1.5 2.0
    print(float(3), float(Float32(1.5)), float(Int8(2)))
    # CHECK-NEXT: False False True False True
    print(bool(None), bool(0), bool(2), bool(List[Int]()), bool([1]))
