# RUN: %mojoc run %s | %FileCheck %s --implicit-check-not=wrong
# `while ... else` runs the `else` when the condition becomes false, but not
# after a `break`.

fn main():
    var i = 0
    while i < 3:
        i += 1
    else:
        print("else after", i)
    # CHECK: else after 3

    var j = 0
    while j < 10:
        if j == 4:
            break
        j += 1
    else:
        print("wrong: else after break")
    # CHECK-NEXT: broke at 4
    print("broke at", j)

    # The condition is false from the start: the else still runs.
    while False:
        print("wrong: body")
    else:
        print("else of empty loop")
    # CHECK-NEXT: else of empty loop

    # A `continue` does not skip the else.
    var k = 0
    while k < 3:
        k += 1
        continue
    else:
        print("else after continue", k)
    # CHECK-NEXT: else after continue 3
