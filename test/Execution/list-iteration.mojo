# RUN: %mojoc run %s | FileCheck %s
# `for x in items` yields the address of each element (`x[]` reads or
# assigns it in place), as Mojo 24.6's `Pointer` does; `reversed(items)`
# walks from the end. The list iterated (or borrowed by the call that
# makes the iterator) lives until the loop ends, even when the loop is its
# last use: the iterator points into it.


@value
struct Noisy(CollectionElement):
    var id: Int

    fn __del__(owned self):
        print("del", self.id)


fn main():
    var items = List[Int](1, 2, 3)
    var total = 0
    for x in items:
        total += x[]
        x[] *= 10
    # CHECK: 6 10 20 30
    print(total, items[0], items[1], items[2])
    # CHECK-NEXT: 30 20 10
    for x in reversed(items):
        print(x[], end=" ")
    print()

    # The last use of `names` is the loop; it dies after it.
    var names = List[StringLiteral]("ada", "grace")
    # CHECK-NEXT: ada
    # CHECK-NEXT: grace
    for name in names:
        print(name[])

    # A temporary lives through the loop too.
    # CHECK-NEXT: 4 5 6
    for y in List[Int](4, 5, 6):
        print(y[], end=" ")
    print()

    var noisy = List[Noisy](Noisy(1), Noisy(2))
    # The argument copies die first, then the loop runs over the list,
    # which dies after the loop, its elements with it.
    # CHECK: seen 1
    # CHECK-NEXT: seen 2
    # CHECK-NEXT: del 1
    # CHECK-NEXT: del 2
    # CHECK-NEXT: end
    for n in noisy:
        print("seen", n[].id)
    print("end")
