# RUN: %mojoc check -verify %s
# A recursion that never ends at compile time is stopped by the call-depth
# budget, reported at the user's expression with the calls that led there.

fn down(n: Int) -> Int:
    return down(n + 1)  # expected-note {{in this call of `down`}} expected-note {{in this call of `down`}}


alias A = down(0)  # expected-error {{cannot evaluate this at compile time: calls nest more than 512 deep; does a recursion never end?}} expected-note@* {{more calls}} expected-note@* {{in this call of `Int.__add__`}} expected-note@* {{the evaluation stopped here}}
