# RUN: %mojoc check -verify %s
# A type parameter's trait bound is checked at the call: printing a struct
# without `write_to` is an error at the user's line, not inside `print`.

struct S:
    fn __init__(out self):
        pass

fn main():
    print(S())  # expected-error {{no matching function in call to `print`}}
    print(range(3))  # expected-error {{no matching function in call to `print`}}

# expected-note@* {{`S` does not conform to `Writable`: it has no method `write_to`}}
# expected-note@* {{`_ZeroStartingRange` does not conform to `Writable`}}
