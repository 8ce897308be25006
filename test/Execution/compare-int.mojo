# RUN: %mojoc run %s | %FileCheck %s
# The six comparison operators on Int and Bool values.

fn main():
    var a = -5
    var b = 3
    # CHECK: True False True False True False
    print(a < b, a > b, a <= b, a >= b, a != b, a == b)
    # CHECK-NEXT: True True False
    print(b <= 3, b >= 3, b < 3)
    # CHECK-NEXT: True False
    print(True == True, True == False)
    # CHECK-NEXT: True
    print(True != False)
