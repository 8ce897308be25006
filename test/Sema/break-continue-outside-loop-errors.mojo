# RUN: %mojoc check -verify %s
# `break` and `continue` need an enclosing loop in the same function.

fn f(flag: Bool):
    if flag:
        break  # expected-error {{`break` outside of a loop}}
    continue  # expected-error {{`continue` outside of a loop}}

fn g():
    for i in range(3):
        if i == 1:
            continue
        break
    while True:
        break
