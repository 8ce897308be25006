"""A struct passed through a hot loop: the CPython peer of struct_read.mojo."""


class Params:
    def __init__(self, scale, offset, modulus, bias):
        self.scale = scale
        self.offset = offset
        self.modulus = modulus
        self.bias = bias


def apply(p, x):
    return (x * p.scale + p.offset) % p.modulus + p.bias


def kernel(n):
    p = Params(3, 7, 1000003, 1)
    total = 0
    for i in range(n):
        total += apply(p, i)
    return total


def main():
    print(kernel(50000000))


if __name__ == "__main__":
    main()
