# RUN: %mojoc check -verify %s
# Valid Mojo declarations that mojoc does not support yet.

alias SIZE = 1.5  # expected-error {{not yet implemented: this kind of `alias` value}}

fn use_size():
    print(SIZE)

fn outer():
    fn inner():  # expected-error {{not yet implemented: nested declarations}}
        pass
