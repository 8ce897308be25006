# RUN: %mojoc run %s | %FileCheck %s
# Mutually recursive functions; `is_odd` is used before it is declared.

fn is_even(n: Int) -> Bool:
    if n == 0:
        return True
    return is_odd(n - 1)

fn is_odd(n: Int) -> Bool:
    if n == 0:
        return False
    return is_even(n - 1)

fn main():
    # CHECK: True False
    print(is_even(10), is_odd(10))
    # CHECK-NEXT: False True
    print(is_even(7), is_odd(7))
    # CHECK-NEXT: True
    print(is_even(0))
