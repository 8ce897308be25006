# RUN: %mojoc check -verify %s
# An undeclared name with parameters in a type is an undeclared name (with
# a parametric struct as a suggestion), not an unsupported form.


fn f(x: Lits[Int]):  # expected-error {{use of undeclared name `Lits`; did you mean `List`?}}
    pass


fn main():
    var y: Undeclared[Int, 3]  # expected-error {{use of undeclared name `Undeclared`}}
