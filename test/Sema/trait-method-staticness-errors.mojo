# RUN: %mojoc check -verify %s
# A `@staticmethod` requirement is met only by a static method, and an
# instance requirement only by a method taking `self`, even when the rest of
# the signature lines up.

trait Factory:
    @staticmethod
    fn create(n: Int) -> Int: ...  # expected-note {{`create` is required by `Factory` here}}

trait Sized2:
    fn size(self) -> Int: ...  # expected-note {{`size` is required by `Sized2` here}}

struct Instance(Factory):
    fn __init__(out self):
        pass
    # Takes `self`: not static.
    fn create(self, n: Int) -> Int:  # expected-error {{`Instance` does not conform to `Factory`: its method `create` does not match the requirement}}
        return n

struct Static(Sized2):
    fn __init__(out self):
        pass
    @staticmethod
    fn size() -> Int:  # expected-error {{`Static` does not conform to `Sized2`: its method `size` does not match the requirement}}
        return 0

# Both forms meet their own requirement.
struct Good(Factory, Sized2):
    fn __init__(out self):
        pass
    @staticmethod
    fn create(n: Int) -> Int:
        return n
    fn size(self) -> Int:
        return 1

fn main():
    pass
