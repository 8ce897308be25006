# RUN: %mojoc check -verify %s


fn main():
    var a = [] # expected-error {{an empty list display `[]` needs a type: declare it, as in `var l: List[Int] = []`}}
    # The element type comes from the first element that is no literal
    # that materializes (`IntLiteral` does, to `Int`).
    var b = [1, "x"] # expected-error {{list display elements have different types: `StringLiteral` and `IntLiteral`; convert one, or declare the list's type (`List[StringLiteral]`)}} expected-note {{the element type `StringLiteral` comes from this element}}
    var b2 = [Int(1), "x"] # expected-error {{list display elements have different types: `Int` and `StringLiteral`; convert one, or declare the list's type (`List[Int]`)}} expected-note {{the element type `Int` comes from this element}}
    var c: List[Int] = ["x"] # expected-error {{cannot implicitly convert `StringLiteral` value to `Int`}}
    var d = [[1], ["x"]] # expected-error {{cannot implicitly convert `StringLiteral` value to `Int`}}
    var e = [undefined_name] # expected-error {{use of undeclared name `undefined_name`}}


fn takes_ints(xs: List[Int]) -> Int:
    return len(xs)


fn takes_ints(xs: List[String]) -> Int:
    return len(xs)


fn takes_any[T: CollectionElement](xs: List[T]) -> Int:
    return len(xs)


fn arguments():
    # Candidates that disagree give no type; neither does a generic one.
    _ = takes_ints([]) # expected-error {{an empty list display `[]` needs a type: declare it, as in `var l: List[Int] = []`}}
    _ = takes_any([]) # expected-error {{an empty list display `[]` needs a type: declare it, as in `var l: List[Int] = []`}}
