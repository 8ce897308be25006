# RUN: %mojoc run %s | FileCheck %s
# `List[T]` (collections.list, in the prelude): a growable array on the
# heap, written in Mojo over `UnsafePointer`. Elements with destructors
# are copied, moved and destroyed as the list grows, copies and ends.


@value
struct Noisy(CollectionElement):
    var id: Int

    fn __del__(owned self):
        print("del", self.id)


fn main():
    var l = List[Int](1, 2, 3)
    l.append(4)
    l[0] = 10
    # CHECK: 4 10 4 True
    print(len(l), l[0], l[-1], Bool(l))
    # CHECK-NEXT: 4 3
    print(l.pop(), len(l))
    l.insert(0, 7)
    l.insert(-1, 8)
    # CHECK-NEXT: 7 10 2 8 3
    print(l[0], l[1], l[2], l[3], l[4])
    l.reverse()
    # CHECK-NEXT: 3 8 2 10 7
    print(l[0], l[1], l[2], l[3], l[4])
    l.swap_elements(0, -1)
    # CHECK-NEXT: 7 3
    print(l[0], l[-1])
    # A copy is a list of its own.
    var m = l
    m.append(5)
    m[0] = 0
    # CHECK-NEXT: 5 6 7 0
    print(len(l), len(m), l[0], m[0])
    l.extend(List[Int](100, 200))
    # CHECK-NEXT: 7 200
    print(len(l), l[6])
    l.resize(2)
    # CHECK-NEXT: 2 False
    print(len(l), Bool(List[Int]()))
    l.resize(4, 9)
    # CHECK-NEXT: 9 9
    print(l[2], l[3])
    l.clear()
    # CHECK-NEXT: 0 8
    print(len(l), List[Int](capacity=8).capacity)
    # Growing past many doublings.
    var big = List[Int]()
    for i in range(100000):
        big.append(i)
    var total = 0
    for i in range(len(big)):
        total += big[i]
    # CHECK-NEXT: 4999950000 800000
    print(total, big.bytecount())

    # Elements with destructors: popped ones die at their last use, the
    # rest with the list.
    var n = List[Noisy]()
    for i in range(3):
        n.append(Noisy(i))
    # CHECK-NEXT: del 1
    _ = n.pop(1)
    # CHECK-NEXT: 2 2
    print(len(n), n[1].id)
    # CHECK-NEXT: del 0
    # CHECK-NEXT: del 2
    n.clear()
    # CHECK-NEXT: end
    print("end")
