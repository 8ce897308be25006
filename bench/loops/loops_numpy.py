"""Nested integer loops: the NumPy peer of loops.mojo, one row at a time
(the whole N x N grid would need 800 MB)."""
import numpy as np


def kernel(n):
    j = np.arange(n, dtype=np.int64)
    total = 0
    for i in range(n):
        total += int((i * j % 7).sum())
    return total


def main():
    print(kernel(10000))


if __name__ == "__main__":
    main()
