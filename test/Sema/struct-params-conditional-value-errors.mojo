# RUN: %mojoc check -verify %s
# A method whose `self` repeats a value parameter exists only for the
# instances whose values agree: on any other it is not viable, and the note
# says which instance it wanted.

struct Grid[rows: Int, cols: Int]:
    fn __init__(out self):
        pass

    fn diagonal[n: Int, //](self: Grid[n, n]) -> Int:  # expected-note {{candidate not viable: cannot convert argument of type `Grid[3, 4]` to `Grid[3, 3]`}}
        return n

    fn first_row[c: Int, //](self: Grid[1, c]) -> Int:  # expected-note {{candidate not viable: cannot convert argument of type `Grid[2, 5]` to `Grid[1, 5]`}}
        return c

fn main():
    _ = Grid[3, 4]().diagonal()  # expected-error {{no matching function in call to `Grid[3, 4].diagonal`}}
    _ = Grid[2, 5]().first_row()  # expected-error {{no matching function in call to `Grid[2, 5].first_row`}}
    _ = Grid[4, 4]().diagonal() + Grid[1, 5]().first_row()
