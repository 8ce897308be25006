"""Nested integer loops: the sum of i * j % 7 over an N x N grid.

A loop-and-arithmetic kernel: no calls in the inner loop, one multiply and one
modulo by a constant per iteration. N is fixed (programs cannot read argv
yet), and is the same in every peer.
"""


fn kernel(n: Int) -> Int:
    var total = 0
    for i in range(n):
        for j in range(n):
            total += i * j % 7
    return total


fn main():
    print(kernel(10000))
