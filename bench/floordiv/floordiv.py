"""Integer floor division: the CPython peer of floordiv.mojo."""


def kernel(n, m):
    total = 0
    for i in range(n):
        a = i * 7919 - n * 3960
        for j in range(m):
            total += a // ((j - 500) | 1)
    return total


def main():
    print(kernel(100000, 1000))


if __name__ == "__main__":
    main()
