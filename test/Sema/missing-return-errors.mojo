# RUN: %mojoc check -verify %s
# Every path through a function with a result type must return a value.

fn no_return() -> Int:  # expected-error {{missing return statement in function returning `Int`}}
    var x = 1

fn one_branch(a: Int) -> Int:  # expected-error {{missing return statement in function returning `Int`}}
    if a > 0:
        return 1

fn loop_only(a: Int) -> Bool:  # expected-error {{missing return statement in function returning `Bool`}}
    for i in range(a):
        return True

fn all_paths(a: Int) -> Int:
    if a > 0:
        return 1
    elif a < 0:
        return -1
    else:
        return 0
