# RUN: %mojoc check -verify %s
# `global`, `nonlocal` and `del` do not exist in Mojo.

fn a():
    global counter  # expected-error {{`global` is not supported; `global`/`nonlocal`/`del` do not exist in Mojo}}

fn b():
    nonlocal counter  # expected-error {{`nonlocal` is not supported}}

fn c():
    var x = 1
    del x  # expected-error {{`del` is not supported}}
