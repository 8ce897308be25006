# RUN: %mojoc run %s | FileCheck %s
# A value computed at compile time may own memory it allocated there: the
# constant keeps that memory, and each use of it is a copy made by the
# type's `__copyinit__`, so the program owns (and frees) its copies, never
# the constant. A trivial value holding a pointer (an `UnsafePointer`) is
# its bits, pointing into the constant's memory.

from memory import UnsafePointer, memcpy


struct IntList:
    var data: UnsafePointer[Int]
    var size: Int
    var capacity: Int

    fn __init__(out self):
        self.data = UnsafePointer[Int]()
        self.size = 0
        self.capacity = 0

    fn __copyinit__(out self, other: Self):
        self.data = UnsafePointer[Int].alloc(other.capacity)
        memcpy(self.data, other.data, other.size)
        self.size = other.size
        self.capacity = other.capacity

    fn __moveinit__(out self, owned other: Self):
        self.data = other.data
        self.size = other.size
        self.capacity = other.capacity

    fn __del__(owned self):
        self.data.free()

    fn append(mut self, value: Int):
        if self.size == self.capacity:
            var capacity = self.capacity * 2 if self.capacity else 4
            var data = UnsafePointer[Int].alloc(capacity)
            memcpy(data, self.data, self.size)
            self.data.free()
            self.data = data
            self.capacity = capacity
        self.data[self.size] = value
        self.size += 1

    fn __getitem__(self, i: Int) -> Int:
        return self.data[i]

    fn sum(self) -> Int:
        var total = 0
        for i in range(self.size):
            total += self[i]
        return total


fn squares(n: Int) -> IntList:
    var list = IntList()
    for i in range(n):
        list.append(i * i)
    return list^


struct Pair:
    var first: IntList
    var second: IntList

    fn __init__(out self, owned first: IntList, owned second: IntList):
        self.first = first^
        self.second = second^

    fn __copyinit__(out self, other: Self):
        self.first = other.first
        self.second = other.second


alias SQUARES = squares(10)
# Evaluated from the constant: its memory, imported again.
alias SQUARES_SUM = SQUARES.sum()
alias PAIR = Pair(squares(3), squares(5))


fn show[list: IntList]():
    print("show", list.size, list.sum())


fn main():
    # CHECK: 10 81 285 285
    print(SQUARES.size, SQUARES[9], SQUARES.sum(), SQUARES_SUM)
    # A copy of its own: appending to it leaves the constant as it was.
    var mine = SQUARES
    mine.append(100)
    # CHECK-NEXT: 11 100 10
    print(mine.size, mine[10], SQUARES.size)
    # Each use in a loop is a copy, destroyed after it.
    var total = 0
    for _ in range(1000):
        total += SQUARES.sum()
    # CHECK-NEXT: 285000
    print(total)
    # CHECK-NEXT: 3 5 5 16
    print(PAIR.first.size, PAIR.second.size, PAIR.first.sum(), PAIR.second[4])
    # A constant that owns memory as a parameter.
    # CHECK-NEXT: show 10 285
    show[SQUARES]()
    # CHECK-NEXT: show 3 5
    show[squares(3)]()
