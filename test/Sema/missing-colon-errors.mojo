# RUN: %mojoc check -verify %s
# Compound statement headers end in `:`.

fn main()  # expected-error {{expected `:` after the function signature, found end of line}}
    pass

fn other():
    while True  # expected-error {{expected `:`}}
        pass
