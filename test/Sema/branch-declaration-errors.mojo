# RUN: %mojoc check -verify %s
# A name declared by assignment in one branch, or assigned only in a loop
# body, is not initialized on every path.

fn implicit_in_branch(c: Bool):
    if c:
        w = 1
    print(w)  # expected-error {{use of uninitialized variable `w`}}

fn assigned_in_for_body():
    var v: Int
    for i in range(3):
        v = i
    print(v)  # expected-error {{use of uninitialized variable `v`}}

fn assigned_in_both_branches(c: Bool):
    if c:
        x = 1
    else:
        x = 2
    print(x)
