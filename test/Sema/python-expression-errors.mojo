# RUN: %mojoc check -verify %s
# Comprehensions and dict/set displays are not Mojo expressions.

fn a():
    var squares = [i * i for i in range(3)]  # expected-error {{comprehensions are not supported; use a `for` loop}}

fn b():
    var table = {1: 2}  # expected-error {{dict and set displays are not supported; use `Dict` or `Set`}}

fn c():
    var items = {1, 2}  # expected-error {{dict and set displays are not supported}}
