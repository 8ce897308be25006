# RUN: %mojoc run %s | %FileCheck %s
# A homogeneous variadic argument is one `VariadicList[Int]` value: `for v
# in values` is an ordinary loop (`break`, `continue` and `else` work), the
# list is measured by `len` and passed on whole, and one instance of the
# function serves every number of elements.

fn first_negative(*values: Int) -> Int:
    var found = 0
    for v in values:
        if v >= 0:
            continue
        found = v
        break
    else:
        print("no negative among", len(values))
    return found

fn total(values: VariadicList[Int]) -> Int:
    var sum = 0
    for v in values:
        sum += v
    return sum

fn forward(*values: Int) -> Int:
    return total(values)

fn count(*values: Int) -> Int:
    return len(values)

fn last(owned *values: Int) -> Int:
    # Trivial values own nothing: an owned list of them is read as any.
    return values[len(values) - 1]

fn main():
    # CHECK: -3
    print(first_negative(4, 5, -3, 7, -9))
    # CHECK-NEXT: no negative among 3
    # CHECK-NEXT: 0
    print(first_negative(1, 2, 3))
    # CHECK-NEXT: no negative among 0
    # CHECK-NEXT: 0
    print(first_negative())
    # CHECK-NEXT: 60
    print(forward(10, 20, 30))
    # CHECK-NEXT: 0
    print(forward())
    # `@implicit __init__(*value)`: a list built where it is needed.
    # CHECK-NEXT: 6
    print(total(VariadicList[Int](1, 2, 3)))
    # One `Int` converts implicitly, through the same constructor.
    var five = 5
    # CHECK-NEXT: 5
    print(total(five))
    # CHECK-NEXT: 0 1 5
    print(count(), count(7), count(1, 2, 3, 4, 5))
    # CHECK-NEXT: 9
    print(last(7, 8, 9))
    var i = 0
    var seen = 0
    while i < 3:
        # The same call site in a loop, each time with other values.
        seen += forward(i, i * 10)
        i += 1
    # CHECK-NEXT: 33
    print(seen)
