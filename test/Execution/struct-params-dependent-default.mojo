# RUN: %mojoc run %s | %FileCheck %s
# A parameter's default may use the parameters before it, for structs and
# for functions alike.

struct Span[start: Int, stop: Int = start + 10]:
    fn __init__(out self):
        pass

    fn length(self) -> Int:
        return stop - start


fn scaled[a: Int, b: Int = a * 2]() -> Int:
    return a + b


fn main():
    # CHECK: 10 3
    print(Span[5]().length(), Span[5, 8]().length())
    # CHECK-NEXT: 9 5
    print(scaled[3](), scaled[3, 2]())
