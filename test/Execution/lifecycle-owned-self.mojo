# RUN: %mojoc run %s | %FileCheck %s
# A method taking `owned self` consumes its receiver: `x^.consume()` moves it in and the method destroys it.

struct Token:
    var id: Int

    fn __init__(out self, id: Int):
        self.id = id
        print("init", id)

    fn __moveinit__(out self, owned existing: Self):
        self.id = existing.id
        print("move", self.id)

    fn __del__(owned self):
        print("del", self.id)

    fn consume(owned self) -> Int:
        print("consume", self.id)
        return self.id

fn main():
    # CHECK: init 1
    var x = Token(1)
    # CHECK-NEXT: move 1
    # CHECK-NEXT: consume 1
    # CHECK-NEXT: del 1
    var n = x^.consume()
    # CHECK-NEXT: n 1
    print("n", n)
    # CHECK-NEXT: init 2
    # CHECK-NEXT: consume 2
    # CHECK-NEXT: del 2
    var m = Token(2).consume()
    # CHECK-NEXT: m 2
    print("m", m)
