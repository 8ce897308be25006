# RUN: %mojoc check -verify %s
# RUN: %mojoc check %s
# `mojoc check` does not require a `main` function (a library file is fine);
# only `run` and `build` do.

fn helper(a: Int) -> Int:
    return a + 1

struct Thing:
    var n: Int
    fn __init__(out self):
        self.n = helper(1)
