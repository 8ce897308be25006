# RUN: %mojoc run %s | %FileCheck %s
# Methods and constructors can raise like free functions.


struct Account:
    var balance: Int

    fn __init__(out self, balance: Int) raises:
        if balance < 0:
            raise "negative opening balance"
        self.balance = balance

    fn withdraw(mut self, amount: Int) raises:
        if amount > self.balance:
            raise "insufficient funds"
        self.balance -= amount


fn main():
    try:
        var account = Account(10)
        account.withdraw(3)
        # CHECK: balance 7
        print("balance", account.balance)
        account.withdraw(100)
        print("not printed")
    except e:
        # CHECK-NEXT: insufficient funds
        print(e)
    try:
        _ = Account(-1)
    except e:
        # CHECK-NEXT: negative opening balance
        print(e)
