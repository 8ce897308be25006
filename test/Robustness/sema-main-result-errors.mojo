# RUN: %mojoc check -verify %s
# `main` returns `None`: an exit status goes through `sys.exit`.

fn main() -> Int:  # expected-error {{`main` must return `None`, not `Int`}}
    return 0
