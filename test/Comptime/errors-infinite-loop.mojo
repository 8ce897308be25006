# RUN: %mojoc check -verify %s
# A loop that never ends at compile time is stopped by the step budget.

fn forever() -> Int:
    var i = 0
    while True:
        i = 0
    return i


fn spin[n: Int]() -> Int:
    return n


fn main():
    _ = spin[forever()]()  # expected-error {{cannot evaluate this at compile time: it took more than 2000000 steps; does a loop never end?}} expected-note@* {{the evaluation stopped here}}
