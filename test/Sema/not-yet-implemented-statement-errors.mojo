# RUN: %mojoc check -verify %s
# Valid Mojo statements that mojoc does not support yet.

fn d():
    @parameter
    if "a" == "a":  # expected-error {{invalid operands to `==`: `StringLiteral` does not implement `__eq__` for `StringLiteral`}}
        pass
