# RUN: %mojoc check -verify %s
# A one-line suite after `:` holds simple statements only.

fn main():
    if True: for i in range(3): pass  # expected-error {{`for` cannot follow `:` on the same line; start a new indented line}}
