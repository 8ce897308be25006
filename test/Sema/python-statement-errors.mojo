# RUN: %mojoc check -verify %s
# Other Python statements Mojo 24.6 does not have.

fn a():
    assert True  # expected-error {{the `assert` statement is not supported; use `debug_assert`}}

fn b():
    yield 1  # expected-error {{`yield` is not supported; Mojo has no generators}}

fn c():
    let x = 1  # expected-error {{`let` was removed; use `var`}}

fn d():
    x: Int = 1  # expected-error {{a type annotation requires `var`; write `var x: ...`}}
