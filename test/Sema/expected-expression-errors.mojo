# RUN: %mojoc check -verify %s
# An operator needs a right operand; a stray token after a statement is
# reported once.

fn main():
    var x = 1 +  # expected-error {{expected expression, found end of line}}
    var y = 1 2  # expected-error {{unexpected number `2` after a statement; expected a new line or `;`}}
