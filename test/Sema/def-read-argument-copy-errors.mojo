# RUN: %mojoc check -verify %s
# A `def` that changes a `read` argument changes a private copy, so the
# argument's type must be copyable; the error points at the argument.

struct Fixed:
    var v: Int

    fn __init__(out self, v: Int):
        self.v = v

def change(f: Fixed):  # expected-error {{value of type `Fixed` cannot be copied or moved: it has no `__copyinit__` or `__moveinit__`}}
    f.v = 2

def look(f: Fixed):
    print(f.v)  # Not changed: a borrow, no copy needed.

def main():
    look(Fixed(1))
    change(Fixed(1))
