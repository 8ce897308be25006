# RUN: %mojoc check -verify %s
# A header ending in `:` needs an indented block, and a block can only follow
# a line ending in `:`.

fn empty():
pass  # expected-error {{expected an indented block after the function signature}}

fn main():
    if True:
    print(1)  # expected-error {{expected an indented block}}
