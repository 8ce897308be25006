# RUN: %mojoc check -verify %s
# A `with` needs a manager with `__enter__` and `__exit__`.


struct NoMethods:
    fn __init__(out self):
        pass


struct EnterOnly:
    fn __init__(out self):
        pass

    fn __enter__(self) -> Int:
        return 1


fn main():
    with NoMethods():  # expected-error {{`NoMethods` cannot be used in a `with` statement: it has no `__enter__` method}}
        pass
    with EnterOnly() as n:  # expected-error {{`EnterOnly` cannot be used in a `with` statement: it has no `__exit__` method}}
        print(n)
