# RUN: %mojoc check -verify %s
# `raise` needs a function that raises (or an enclosing `try` that catches),
# a value that converts to `Error`, and, when bare, an enclosing `except`.


fn not_raising():
    raise "boom"  # expected-error {{`raise` in a function that does not raise; mark it `raises` or handle the error with `try`}}


fn caught_locally():
    try:
        raise "fine"
    except:
        pass


fn bare() raises:
    raise  # expected-error {{a bare `raise` re-raises the error an `except` caught, so it must be inside an `except` block}}


fn not_an_error() raises:
    raise 42  # expected-error {{cannot implicitly convert `IntLiteral` value to `Error`}}


struct Problem:
    fn __init__(out self):
        pass


fn wrong_type() raises:
    raise Problem()  # expected-error {{cannot implicitly convert `Problem` value to `Error`}}


fn main():
    pass
