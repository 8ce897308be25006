# RUN: %mojoc run %s | %FileCheck %s
# A `def` may raise without saying so, and a `def` may call raising
# functions outside any `try`.


def parse_digit(n: Int) -> Int:
    if n > 9:
        raise "not a digit"
    return n


def twice(n: Int) -> Int:
    return parse_digit(n) * 2


def main():
    # CHECK: 8
    print(twice(4))
    try:
        print(twice(12))
    except e:
        # CHECK-NEXT: not a digit
        print(e)
