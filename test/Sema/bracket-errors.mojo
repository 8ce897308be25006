# RUN: %mojoc check -verify %s
# An unclosed bracket is reported where the file ends, with a note at the
# opening bracket; a stray closing bracket is reported on its own.

fn f():
    var y = 1 + 2)  # expected-error {{unmatched `)`}}

fn main():
    var x = (1 + 2  # expected-error {{expected `)` to close `(`, found end of file}} expected-note {{`(` opened here}}
