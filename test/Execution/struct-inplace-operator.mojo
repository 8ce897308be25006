# RUN: %mojoc run %s | %FileCheck %s
# `a += b` on a user struct calls `__iadd__(mut self, ...)`, which mutates the
# variable in place.

struct Money:
    var cents: Int

    fn __init__(out self, cents: Int):
        self.cents = cents

    fn __iadd__(mut self, rhs: Money):
        self.cents += rhs.cents

    fn __isub__(mut self, rhs: Int):
        self.cents -= rhs

    fn __imul__(mut self, k: Int):
        self.cents *= k

fn main():
    var wallet = Money(100)
    wallet += Money(250)
    # CHECK: 350
    print(wallet.cents)
    wallet -= 50
    # CHECK-NEXT: 300
    print(wallet.cents)
    wallet *= 3
    # CHECK-NEXT: 900
    print(wallet.cents)
    for _i in range(3):
        wallet += Money(1)
    # CHECK-NEXT: 903
    print(wallet.cents)
