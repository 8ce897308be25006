# RUN: %mojoc check -verify %s
# Valid Mojo declarations that mojoc does not support yet.

alias SIZE = 1.5  # expected-error {{not yet implemented: floating-point literals}}

fn use_size():
    print(SIZE)

fn outer():
    struct Inner:  # expected-error {{not yet implemented: nested declarations}}
        var n: Int
