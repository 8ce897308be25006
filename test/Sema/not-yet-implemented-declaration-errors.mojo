# RUN: %mojoc check -verify %s
# Valid Mojo declarations that mojoc does not support yet.

fn outer():
    struct Inner:  # expected-error {{not yet implemented: nested declarations}}
        var n: Int
