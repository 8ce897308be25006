"""Nested integer loops: the CPython peer of loops.mojo."""


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
