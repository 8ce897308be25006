# RUN: %mojoc check -verify %s
# There is no `lambda` in Mojo.

fn main():
    var f = lambda x: x + 1  # expected-error {{`lambda` is not supported; use a nested `fn`}}
