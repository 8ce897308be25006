# RUN: %mojoc check -verify %s


fn main():
    var a = [] # expected-error {{an empty list display `[]` needs a type: declare it, as in `var l: List[Int] = []`}}
    var b = [1, "x"] # expected-error {{list display elements have different types: `Int` and `StringLiteral`; convert one, or declare the list's type (`List[Int]`)}} expected-note {{the element type `Int` comes from the first element}}
    var c: List[Int] = ["x"] # expected-error {{cannot implicitly convert `StringLiteral` value to `Int`}}
    var d = [[1], ["x"]] # expected-error {{cannot implicitly convert `StringLiteral` value to `Int`}}
    var e = [undefined_name] # expected-error {{use of undeclared name `undefined_name`}}
