# RUN: %mojoc check -verify %s
# An `alias` and a `var` of one name in one scope are a redefinition, in
# either order.

fn alias_then_var():
    alias M = 1  # expected-note {{previous definition of `M` is here}}
    var M = 2  # expected-error {{redefinition of `M`}}
    print(M)

fn var_then_alias():
    var Q = 2  # expected-note {{previous definition of `Q` is here}}
    alias Q = 1  # expected-error {{redefinition of `Q`}}
    print(Q)

fn alias_twice():
    alias R = 1  # expected-note {{previous definition of `R` is here}}
    alias R = 2  # expected-error {{redefinition of `R`}}
    print(R)

fn inner_scope_shadows():
    alias S = 1
    if True:
        var S = 2  # Another scope: shadowing is allowed.
        print(S)
