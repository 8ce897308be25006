# RUN: %mojoc check -verify %s
# Checked as one flat statement, an `if`/`elif`/`else` chain still tracks
# definite initialization across every arm, and missing returns.

fn every_arm(a: Int) -> Int:
    var x: Int
    if a > 0:
        x = 1
    elif a < 0:
        x = -1
    elif a == 0:
        x = 0
    else:
        return 5
    return x


fn one_arm_missing(a: Int) -> Int:
    var x: Int
    if a > 0:
        x = 1
    elif a < 0:
        pass
    else:
        x = 0
    return x # expected-error {{use of uninitialized variable `x`}}


fn no_else(a: Int) -> Int: # expected-error {{missing return statement in function returning `Int`}}
    if a > 0:
        return 1
    elif a < 0:
        return -1


fn walrus_in_elif(a: Int) -> Int:
    if a > 10:
        return 0
    elif (b := a * 2) > 4:
        return b
    elif b > 2:
        return b + 1
    return a
