# RUN: %mojoc check -verify %s
# Malformed integer literals are reported by the lexer.

fn a():
    var x = 0x  # expected-error {{missing digits after `0x` in hexadecimal literal}}

fn b():
    var y = 0b102  # expected-error {{invalid digit `2` in binary literal}}

fn c():
    var z = 0o78  # expected-error {{invalid digit `8` in octal literal}}
