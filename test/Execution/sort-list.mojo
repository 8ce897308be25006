# RUN: %mojoc run %s | FileCheck %s
# `sort` orders a List in place: comparable elements by `<`, scalars, or
# by a `cmp_fn` (its element type inferred from the list).


fn show(l: List[Int]):
    for x in l:
        print(x[], end=" ")
    print()


fn main():
    var l = [5, 3, 9, 1, 7, 3, 0, -2, 8]
    sort(l)
    # CHECK: -2 0 1 3 3 5 7 8 9
    show(l)
    # Long enough to partition, with many equal elements.
    var big = List[Int]()
    var seed = 12345
    for _ in range(1000):
        seed = (seed * 1103515245 + 12345) % 2147483648
        big.append(seed % 100)
    sort(big)
    var ok = True
    for i in range(1, len(big)):
        if big[i - 1] > big[i]:
            ok = False
    # CHECK-NEXT: True 1000
    print(ok, len(big))
    var f = [2.5, -1.0, 3.25, 0.5]
    sort(f)
    # CHECK-NEXT: -1.0 0.5 2.5 3.25
    print(f[0], f[1], f[2], f[3])

    @parameter
    fn greater(a: Int, b: Int) -> Bool:
        return a > b

    sort[greater](l)
    # CHECK-NEXT: 9 8 7 5 3 3 1 0 -2
    show(l)
    var e = List[Int]()
    sort(e)
    # CHECK-NEXT: 0
    print(len(e))
    # Elements with destructors move, never copy.
    var lists = [[3, 3, 3], [1], [2, 2]]

    @parameter
    fn shorter(a: List[Int], b: List[Int]) -> Bool:
        return len(a) < len(b)

    sort[shorter](lists)
    # CHECK-NEXT: 1 2 3
    print(len(lists[0]), len(lists[1]), len(lists[2]))
