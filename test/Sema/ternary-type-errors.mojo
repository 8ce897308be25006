# RUN: %mojoc check -verify %s
# Both arms of a conditional expression must convert to one type.

fn main():
    var flag = True
    var x = 1 if flag else "one"  # expected-error {{cannot implicitly convert `StringLiteral` value to `Int`}}
