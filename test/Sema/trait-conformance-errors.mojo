# RUN: %mojoc check -verify %s
# Explicit conformance is checked at the struct's declaration: one error per
# missing or mismatched member, each with a note at the requirement.

trait Shape:
    fn area(self) -> Int: ...  # expected-note {{`area` is required by `Shape` here}} expected-note {{`area` is required by `Shape` here}}
    @staticmethod
    fn kind() -> Int: ...  # expected-note {{`kind` is required by `Shape` here}} expected-note {{`kind` is required by `Shape` here}}

trait Solid(Shape):
    alias faces: Int  # expected-note {{`faces` is required by `Solid` here}}
    fn scale(mut self, by: Int): ...  # expected-note {{`scale` is required by `Solid` here}}

trait Safe:
    fn check(self) raises -> Bool: ...

struct Missing(Shape):  # expected-error {{`Missing` does not conform to `Shape`: it has no method `area`}} expected-error {{`Missing` does not conform to `Shape`: it has no method `kind`}}
    fn __init__(out self):
        pass

struct Wrong(Solid):  # expected-error {{`Wrong` does not conform to `Solid`: it has no alias `faces`}}
    fn __init__(out self):
        pass
    fn area(self) -> Bool:  # expected-error {{`Wrong` does not conform to `Solid`: its method `area` does not match the requirement}}
        return True
    fn kind() -> Int:  # expected-error {{`Wrong` does not conform to `Solid`: its method `kind` does not match the requirement}}
        return 0
    fn scale(self, by: Int):  # expected-error {{`Wrong` does not conform to `Solid`: its method `scale` does not match the requirement}}
        pass

# A method that does not raise meets a `raises` requirement.
struct Fine(Safe):
    fn check(self) -> Bool:
        return True

trait Strict:
    fn check(self) -> Bool: ...  # expected-note {{`check` is required by `Strict` here}}

struct Raises(Strict):
    fn check(self) raises -> Bool:  # expected-error {{`Raises` does not conform to `Strict`: its method `check` does not match the requirement}}
        return True

# Lifecycle requirements are met by the struct's lifecycle.
@value
struct Pair(CollectionElement):
    var a: Int
    var b: Int

struct Stuck(Copyable):  # expected-error {{`Stuck` does not conform to `Copyable`: it has no method `__copyinit__`}}
    var a: Int
    fn __init__(out self):
        self.a = 0

struct NotATrait(Int):  # expected-error {{`Int` is not a trait}}
    pass

struct Unknown(Shapee):  # expected-error {{use of undeclared name `Shapee`}}
    pass

trait BadParent(Int):  # expected-error {{`Int` is not a trait}}
    pass

# expected-note@* {{`__copyinit__` is required by `Copyable` here}}

struct TwoAliases:
    alias N = 1  # expected-note {{previous definition of `N` is here}}
    alias N = 2  # expected-error {{redefinition of `N`}}
