"""Integer floor division: the sum of a // d over a grid of signed a and d.

A division-bound kernel: the divisor (odd, never 0, of either sign) changes
every iteration, so no multiply-by-reciprocal applies and each `//` is a
hardware division. Signs are mixed, where floor division differs from C's
truncating one. N and M are fixed (programs cannot read argv yet), the same
in every peer.
"""


fn kernel(n: Int, m: Int) -> Int:
    var total = 0
    for i in range(n):
        var a = i * 7919 - n * 3960
        for j in range(m):
            total += a // ((j - 500) | 1)
    return total


fn main():
    print(kernel(100000, 1000))
