# RUN: %mojoc run %s | %FileCheck %s --implicit-check-not=wrong
# List and Span iterators yield a `Pointer` to each element, as in Mojo
# 24.6: `x[]` reads it and, through a mutable list, assigns it in place.
# The iterator's origin parameter makes it a view, so the sequence it walks
# (a temporary, or what `reversed(make_list())` borrowed) lives until the
# loop ends. Run under valgrind by hand: `mojoc build` this file and
# `valgrind -q --error-exitcode=9` the binary (no lit feature for it yet).

from memory import Pointer, Span


@value
struct Noisy(CollectionElement):
    var id: Int

    fn __del__(owned self):
        print("del", self.id)


fn make_list() -> List[String]:
    return List[String]("one", "two", "three")


fn make_noisy() -> List[Noisy]:
    return List[Noisy](Noisy(1), Noisy(2))


fn bump(p: Pointer[Int, _]):
    """A Pointer passed on assigns through to the element."""
    p[] += 1


fn main():
    var items = List[Int](1, 2, 3)
    for x in items:
        x[] = x[] * 10
        bump(x)
    # CHECK: 11 21 31
    print(items[0], items[1], items[2])

    # Nested lists: the inner loop walks the element the outer one points to.
    var grid = List[List[Int]](List[Int](1, 2), List[Int](3))
    for row in grid:
        row[].append(0)
        for cell in row[]:
            cell[] += 100
    # CHECK-NEXT: [101, 102, 100] [103, 100]
    print(grid[0].__str__(), grid[1].__str__())

    # Reversed, of a variable and of a temporary the call borrows.
    # CHECK-NEXT: 31 21 11
    for x in reversed(items):
        print(x[], end=" ")
    print()
    # CHECK-NEXT: three! two! one!
    for s in reversed(make_list()):
        s[] += "!"
        print(s[], end=" ")
    print()

    # A temporary list lives through the loop and dies after it (first
    # the copies `List(Noisy(1), Noisy(2))` made of its arguments die).
    # CHECK-NEXT: del 1
    # CHECK-NEXT: del 2
    # CHECK-NEXT: seen 1
    # CHECK-NEXT: seen 2
    # CHECK-NEXT: del 1
    # CHECK-NEXT: del 2
    # CHECK-NEXT: after
    for n in make_noisy():
        print("seen", n[].id)
    print("after")
    # CHECK-NEXT: del 1
    # CHECK-NEXT: del 2
    # CHECK-NEXT: back 2
    # CHECK-NEXT: back 1
    # CHECK-NEXT: del 1
    # CHECK-NEXT: del 2
    for n in reversed(make_noisy()):
        print("back", n[].id)

    # Spans yield Pointers too; `as_ref` points to the first element.
    var view = Span(items)
    for x in reversed(view):
        x[] -= 1
    # CHECK-NEXT: 10 20 30 first 10
    for x in view:
        print(x[], end=" ")
    print("first", view.as_ref()[])

    # A Pointer kept in a variable keeps its source alive while it is used.
    var owner = Noisy(7)
    var p = Pointer.address_of(owner)
    # CHECK-NEXT: before
    # CHECK-NEXT: through 7
    # CHECK-NEXT: del 7
    print("before")
    print("through", p[].id)
