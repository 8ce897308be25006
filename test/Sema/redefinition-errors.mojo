# RUN: %mojoc check -verify %s
# A module-level name may be declared once; only functions may overload.

struct Shape:  # expected-note {{previous definition of `Shape` is here}}
    var sides: Int

struct Shape:  # expected-error {{redefinition of `Shape`}}
    var corners: Int

fn area() -> Int:  # expected-note {{previous definition of `area` is here}}
    return 0

struct area:  # expected-error {{redefinition of `area`}}
    var n: Int

fn size(a: Int) -> Int:
    return a

fn size(a: Bool) -> Int:
    return 1
