# RUN: %mojoc check -verify %s
# A value whose type has no compile-time constants yet (a tuple) is an
# error at the alias, not a crash.

fn pair() -> Tuple[Int, Int]:
    return (1, 2)


alias P = pair()  # expected-error {{cannot evaluate this at compile time: its value, of type `Tuple[Int, Int]`, cannot be a compile-time constant yet}}
