"""Appending 10 million `Int`s to a `List`, then summing them.

The list starts empty and grows as it goes (no `reserve`), as does the C++
peer's `std::vector<long>`. The values, `(i * 7919) % 10007`, keep the sum
out of an optimizer's closed forms; the sum walks the list with its
iterator. Prints the length and the sum.
"""


fn main():
    var items = List[Int]()
    for i in range(10_000_000):
        items.append((i * 7919) % 10007)
    var total = 0
    for x in items:
        total += x[]
    print(len(items), total)
