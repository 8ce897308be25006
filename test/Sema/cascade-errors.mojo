# RUN: %mojoc check -verify %s
# One mistake, one diagnostic.

fn bad_return() -> Int:
    return "s"  # expected-error {{cannot implicitly convert `StringLiteral` value to `Int`}}

fn bare_return() -> Int:
    return  # expected-error {{missing return statement}}

fn bad_init():
    var a: Int = "s"  # expected-error {{cannot implicitly convert}}
    print(a)

fn named_result(out x: Int):
    x = "s"  # expected-error {{cannot implicitly convert}}

var g = 1  # expected-error {{not yet implemented: global variables}}
