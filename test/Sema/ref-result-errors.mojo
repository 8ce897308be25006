# RUN: %mojoc check -verify %s
# A `ref` result is a place the caller can still reach after the call; a
# call's reference is immutable where its origin argument is passed `read`.


struct Box:
    var v: Int

    fn __init__(out self):
        self.v = 0

    fn get(self) -> ref [self] Int:
        return self.v

    fn local(self) -> ref [self] Int:
        var x = 1
        return x  # expected-error {{cannot return a reference to `x`: it dies when the function returns}}

    fn value(self) -> ref [self] Int:
        return self.v + 1  # expected-error {{a `ref` result must be returned from a place}}

    fn wrong(mut self) -> ref [self] Bool:
        return self.v  # expected-error {{cannot return a reference to a `Int` as a reference to a `Bool`}}


fn by_value(x: Int) -> ref [x] Int:
    return x


fn owned_arg(owned x: Int) -> ref Int:
    return x  # expected-error {{cannot return a reference to `x`: it dies when the function returns}}


fn main():
    var b = Box()
    b.get() = 3  # expected-error {{cannot modify this: the reference `Box.get` returns is immutable here}}
    var y = b.get()^  # expected-error {{`^` cannot move a value out of a reference}}
    _ = by_value(1)
    var f = by_value  # expected-error {{not yet implemented: functions with `ref` results as function values}}
