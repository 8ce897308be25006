# RUN: %mojoc run %s | %FileCheck %s
# Every augmented assignment operator on Int.

fn main():
    var x = 10
    x += 5
    # CHECK: 15
    print(x)
    x -= 20
    # CHECK-NEXT: -5
    print(x)
    x *= -4
    # CHECK-NEXT: 20
    print(x)
    x //= 3
    # CHECK-NEXT: 6
    print(x)
    x %= 4
    # CHECK-NEXT: 2
    print(x)
    x **= 5
    # CHECK-NEXT: 32
    print(x)
    x <<= 2
    # CHECK-NEXT: 128
    print(x)
    x >>= 3
    # CHECK-NEXT: 16
    print(x)
    x |= 0b0101
    # CHECK-NEXT: 21
    print(x)
    x &= 0b1110
    # CHECK-NEXT: 4
    print(x)
    x ^= 0xF
    # CHECK-NEXT: 11
    print(x)
    var y = -7
    y //= 2
    # CHECK-NEXT: -4
    print(y)
    y %= 3
    # CHECK-NEXT: 2
    print(y)
