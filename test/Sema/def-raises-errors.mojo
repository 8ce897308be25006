# RUN: %mojoc check -verify %s
# A `def` may always raise, so writing `raises` on it is an error.

def f() raises:  # expected-error {{a `def` function always may raise; writing `raises` is an error}}
    pass
