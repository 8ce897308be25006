# RUN: %mojoc check -verify %s
# Valid Mojo expressions that mojoc does not support yet are reported as
# "not yet implemented" instead of being misread.

fn a():
    pass
