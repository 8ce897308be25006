# RUN: %mojoc check -verify %s
# `__call_location()` needs a direct call of its function to read.
from builtin._location import __call_location, _SourceLocation


fn where() -> _SourceLocation:
    return __call_location()


fn bad_arguments() -> _SourceLocation:
    return __call_location(1)  # expected-error {{`__call_location` takes at most one compile-time parameter, `inline_count` (0 or 1), and no arguments}}


fn bad_keyword() -> _SourceLocation:
    return __call_location[depth=1]()  # expected-error {{`__call_location` takes at most one compile-time parameter}}


fn too_far() -> _SourceLocation:
    return __call_location[2]()  # expected-error {{not yet implemented: `__call_location` more than one call up}}


fn as_value():
    var f = where  # expected-error {{`where` cannot be used as a function value: it reads its caller's location}}


fn main():
    _ = where()
    _ = __call_location()  # expected-error {{`__call_location()` has no call to read: `main` is not called by a function}}


trait Greeter:
    fn greet(self) -> Int:  # expected-note {{`greet` is required by `Greeter` here}}
        ...


@value
struct G(Greeter):
    var x: Int

    fn greet(self) -> Int:  # expected-error {{`G` does not conform to `Greeter`: its method `greet` does not match the requirement}} expected-note {{`greet` reads its caller's location (`__call_location()`), a hidden argument the requirement does not have}}
        return __call_location().line


alias L = __call_location()  # expected-error {{`__call_location()` has no call to read: an `alias` is not called by a function}}


struct Noisy:
    fn __init__(out self):
        pass

    fn __del__(owned self):
        _ = __call_location()  # expected-error {{`__call_location()` has no call to read: `Noisy.__del__` is not called by a function}}


fn make_noisy():
    var n = Noisy()
