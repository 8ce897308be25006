# RUN: %mojoc check -verify %s
# A `var` declared in a block, and a loop variable, are gone after the block.

fn main():
    if True:
        var inner = 1
    print(inner)  # expected-error {{use of undeclared name `inner`}}
    for i in range(3):
        pass
    print(i)  # expected-error {{use of undeclared name `i`}}
