# RUN: %mojoc check -verify %s
# An `alias` is a compile-time constant, and so is a parameter: assigning
# one is an error, not the implicit declaration of a variable.

alias N = 1

fn assigns_global_alias():
    N = 2  # expected-error {{cannot assign to `N`: an `alias` is a compile-time constant}}
    print(N)

fn augments_global_alias():
    N += 1  # expected-error {{cannot assign to `N`: an `alias` is a compile-time constant}}

fn walrus_global_alias():
    print(N := 3)  # expected-error {{cannot assign to `N`: an `alias` is a compile-time constant}}

fn assigns_local_alias():
    alias M = 1
    if M == 1:
        M = 2  # expected-error {{cannot assign to `M`: an `alias` is a compile-time constant}}

fn assigns_parameter[n: Int]():
    n = 4  # expected-error {{cannot assign to `n`: a compile-time parameter is a constant}}

fn shadows_global_alias():
    var N = 5  # A variable may shadow a global alias.
    N = 6
    print(N)

fn main():
    assigns_parameter[1]()
