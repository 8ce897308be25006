# RUN: %mojoc check -verify %s

alias A = B  # expected-error {{`alias A` is defined in terms of itself}}
alias B = A
alias C = undefined_name  # expected-error {{use of undeclared name `undefined_name`}}
alias T = 5

fn f(x: T):  # expected-error {{`T` is not a type}}
    pass

fn main():
    print(A)
    print(C)
