# RUN: %mojoc check -verify %s
# Other functions may overload, but `main` is the entry point: one per file.

fn helper(a: Int) -> Int:
    return a

fn helper(a: Bool) -> Int:
    return 1

fn main():  # expected-note {{previous definition of `main` is here}} expected-note {{previous definition of `main` is here}}
    print(helper(1))

fn main():  # expected-error {{redefinition of `main`}}
    pass

def main():  # expected-error {{redefinition of `main`}}
    pass
