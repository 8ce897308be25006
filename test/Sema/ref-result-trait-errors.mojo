# RUN: %mojoc check -verify %s
# A reference and a value travel differently: a method returning `ref`
# does not meet a requirement returning a value, nor the reverse.


trait Getter:
    fn get(mut self) -> Int:  # expected-note {{`get` is required by `Getter` here}}
        ...


struct A(Getter):
    var x: Int

    fn __init__(out self):
        self.x = 1

    fn get(mut self) -> ref [self] Int:  # expected-error {{`A` does not conform to `Getter`: its method `get` does not match the requirement}}
        return self.x
