# RUN: %mojoc check -verify %s
# Valid Mojo statements that mojoc does not support yet.

fn d():
    @parameter
    if "a" == "a":  # expected-error {{not yet implemented: this compile-time comparison}}
        pass
