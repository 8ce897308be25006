# RUN: %mojoc check -verify %s
# Bare `return` means `return None` (LANGUAGE.md §4), as in Mojo 24.6: a
# function returning `None` may `return None` or any other `None` value,
# and nothing else; a function returning a value may not return `None`.

fn nothing():
    pass

fn explicit() -> None:
    return None

fn implicit():
    return None

fn forwards():
    return nothing()

def in_def():
    return None

struct Point:
    var x: Int

    fn __init__(out self):
        self.x = 0
        return None

fn wants_int() -> Int:
    return None  # expected-error {{cannot implicitly convert `NoneType` value to `Int`}}

fn wants_none() -> None:
    return 1  # expected-error {{cannot return a value from `wants_none`, which returns `None`}}

fn wants_none_too():
    return Point()  # expected-error {{cannot return a value from `wants_none_too`, which returns `None`}}
