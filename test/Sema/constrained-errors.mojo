# RUN: %mojoc check -verify %s
# `constrained[cond, msg]()` fails the compilation where an instance whose
# `cond` is False is asked for, with the message (or the default one) and
# the chain of instances that led there. A generic body checked against its
# bounds does not know `cond`, and reports nothing for it.

fn positive[n: Int]() -> Int:
    constrained[n > 0, "n must be positive"]()  # expected-error {{constraint failed: n must be positive}}
    return n

fn outer[n: Int]() -> Int:
    return positive[n - 1]()  # expected-note {{in `positive[0]`, instantiated here}}

fn plain():
    constrained[1 + 1 == 3]()  # expected-error {{constraint failed: param assertion failed}}

fn fine():
    constrained[True, "never shown"]()

fn main():
    _ = positive[3]()
    _ = outer[1]()  # expected-note {{in `outer[1]`, instantiated here}}
