# RUN: %mojoc check -verify %s
# A bound that names nothing is an error at the declaration, once, whether
# or not anything instantiates the function or struct.

trait Shape:
    fn area(self) -> Int: ...

fn measure[T: Undefined](x: T) -> Int:  # expected-error {{use of undeclared name `Undefined`}}
    return 5

fn unused[T: Shap](x: T) -> Int:  # expected-error {{use of undeclared name `Shap`; did you mean `Shape`?}}
    return x.area()

struct Box[T: Nope]:  # expected-error {{use of undeclared name `Nope`}}
    fn __init__(out self):
        pass

fn main():
    print(measure(1))
    print(measure(2))
    _ = Box[Int]()
