# RUN: %mojoc run %s | %FileCheck %s
# Operator precedence follows the table in LANGUAGE.md section 1.

fn main():
    var two = 2
    # `**` binds tighter than unary minus.
    # CHECK: -4 -4 4
    print(-2**2, -two**2, (-two)**2)
    # CHECK-NEXT: 7 9
    print(1 + 2 * 3, (1 + 2) * 3)
    # CHECK-NEXT: -4
    print(-3 // 2 * 2)
    # `+` binds tighter than `<<`, `<<` tighter than `&`, `&` than `^`, `^` than `|`.
    # CHECK-NEXT: 8
    print(1 << 2 + 1)
    # CHECK-NEXT: 3
    print(1 | 2 ^ 3 & 4)
    # CHECK-NEXT: 2
    print(6 & 3 ^ 0)
    # Comparison binds tighter than `not`, `not` tighter than `and`, `and` than `or`.
    # CHECK-NEXT: True
    print(not 1 == 2)
    # CHECK-NEXT: True
    print(True or False and False)
    # CHECK-NEXT: False
    print((True or False) and False)
