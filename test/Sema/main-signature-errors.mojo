# RUN: %mojoc check -verify %s
# `main` takes no arguments.

fn main(argc: Int):  # expected-error {{`main` must take no arguments and no parameters}}
    pass
