"""Nested integer loops: the Numba peer of loops.mojo (the time includes the JIT)."""
from numba import njit


@njit("int64(int64)", cache=False)
def kernel(n):
    total = 0
    for i in range(n):
        for j in range(n):
            total += i * j % 7
    return total


def main():
    print(kernel(10000))


if __name__ == "__main__":
    main()
