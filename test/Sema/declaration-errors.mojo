# RUN: %mojoc check -verify %s
# Redefinitions, name clashes, custom decorators and `mut` defaults.

struct P:
    var x: Int
    var x: Int  # expected-error {{redefinition of `x`}}
    var m: Int  # expected-error {{field `m` has the same name as a method}}

    fn m(self):
        pass

@foo  # expected-error {{custom decorators are not supported: `@foo`}}
fn decorated():
    pass

fn bump(mut a: Int = 3):  # expected-error {{`mut` argument `a` cannot have a default value}}
    pass

fn shadowing():
    var x = 1  # expected-note {{previous definition of `x` is here}}
    var x = 2  # expected-error {{redefinition of `x`}}
    if True:
        var x = 3
        print(x)

# expected-note@5 {{previous definition of `x` is here}}
