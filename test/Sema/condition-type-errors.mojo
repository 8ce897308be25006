# RUN: %mojoc check -verify %s
# A condition must be a Bool or have a `__bool__` method.

struct Plain:
    var n: Int
    fn __init__(out self):
        self.n = 0

fn main():
    var p = Plain()
    if p:  # expected-error {{`Plain` cannot be used as a condition: it has no `__bool__` method}}
        pass
    while p:  # expected-error {{`Plain` cannot be used as a condition: it has no `__bool__` method}}
        pass
    print(not p)  # expected-error {{`Plain` cannot be used as a condition: it has no `__bool__` method}}
    var n = 1 if p else 2  # expected-error {{`Plain` cannot be used as a condition: it has no `__bool__` method}}
