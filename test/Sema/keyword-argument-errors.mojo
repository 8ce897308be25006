# RUN: %mojoc check -verify %s
# Keyword arguments must name a parameter, and no parameter may be given
# twice.

fn scale(value: Int, factor: Int = 2) -> Int:  # expected-note {{no parameter named `scale`}} expected-note {{argument `value` given twice}} expected-note {{argument `factor` given twice}}
    return value * factor

fn main():
    scale(1, scale=3)  # expected-error {{no matching function in call to `scale`}}
    scale(1, value=2)  # expected-error {{no matching function in call to `scale`}}
    scale(1, factor=2, factor=3)  # expected-error {{no matching function in call to `scale`}}
