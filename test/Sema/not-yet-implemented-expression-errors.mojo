# RUN: %mojoc check -verify %s
# Valid Mojo expressions that mojoc does not support yet are reported as
# "not yet implemented" instead of being misread.

fn a():
    var f = 1.5  # expected-error {{not yet implemented: floating-point literals}}
