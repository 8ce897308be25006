"""Appending 10 million ints to a list, then summing them: the CPython peer
of list_append_sum.mojo."""


def main():
    items = []
    for i in range(10_000_000):
        items.append((i * 7919) % 10007)
    total = 0
    for x in items:
        total += x
    print(len(items), total)


main()
