# RUN: %mojoc run %s | %FileCheck %s
# UInt's unsigned operations and hashing fold at compile time, to the
# values the same code gives at run time.

alias QUOTIENT = UInt.MAX // 3
alias REMAINDER = UInt.MAX % 7
alias TOP_BITS = UInt.MAX >> 60
alias ABOVE = UInt.MAX > UInt(1)
alias INT_HASH = hash(5)
alias TEXT_HASH = hash("abc")

fn main():
    # CHECK: 6148914691236517205 1 15 True
    print(QUOTIENT, REMAINDER, TOP_BITS, ABOVE)
    var five = 5
    var text = String("abc")
    # CHECK-NEXT: True True
    print(INT_HASH == hash(five), TEXT_HASH == hash(text))
