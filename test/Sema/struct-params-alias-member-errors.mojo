# RUN: %mojoc check -verify %s
# An `alias` member read at compile time through an instance (written out
# or named by an alias) is looked up in that instance: a missing member, or
# a mistake in the instance's parameters, is reported once.

struct Grid[rows: Int, cols: Int]:  # expected-note {{parameter `cols` is declared here}}
    alias cells = rows * cols

    fn __init__(out self):
        pass

alias Wide = Grid[2, 8]

alias Missing = Wide.nothing  # expected-error {{`Grid[2, 8]` has no member named `nothing`}}
alias Written = Grid[2, 2].nothing  # expected-error {{`Grid[2, 2]` has no member named `nothing`}}
alias BadParam = Grid[2, True].cells  # expected-error {{parameter `cols` of `Grid` takes a value of type `Int`, not `Bool`}}
alias Undeclared = Grid[Undefined, 2].cells  # expected-error {{use of undeclared name `Undefined`}}
alias NoMembers = Tuple[Int, Int].x  # expected-error {{`Tuple[Int, Int]` has no member named `x`}}

# Well-formed reads are values usable as parameters.
alias Fine = Grid[Wide.cells, Grid[1, 2].cells].cells

fn main():
    pass
