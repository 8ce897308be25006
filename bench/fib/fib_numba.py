"""Recursive Fibonacci: the Numba peer of fib.mojo (the time includes the JIT)."""
from numba import njit


@njit("int64(int64)", cache=False)
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main():
    print(fib(32))


if __name__ == "__main__":
    main()
