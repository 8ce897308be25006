# RUN: %mojoc check -verify %s
# Characters that start no token, and a backslash that is not a line
# continuation.

fn a():
    var x = 1 $ 2  # expected-error {{stray character `$` in program}}

fn b():
    var y = 1 \ 2  # expected-error {{unexpected `\` outside a string}}
