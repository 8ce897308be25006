# RUN: %mojoc check -verify %s
# Too many positional parameters, unknown keywords and keywords given twice
# are errors wherever a parametric struct is bound: in an `alias`, an
# argument's type, or a constructor call. An infer-only parameter (before
# `//`) never takes a positional value.

struct Grid[rows: Int, cols: Int = 2]:
    fn __init__(out self):
        pass

@value
struct Tagged[T: CollectionElement, //, tag: Int]:
    var value: T

alias TooMany = Grid[1, 2, 3]  # expected-error {{`Grid` takes 2 positional parameters, but 3 were given}}
alias Unknown = Grid[depth=3]  # expected-error {{`Grid` has no parameter named `depth`}}

fn too_many(g: Grid[1, 2, 3]):  # expected-error {{`Grid` takes 2 positional parameters, but 3 were given}}
    pass

fn twice(t: Tagged[tag=1, tag=2]):  # expected-error {{parameter `tag` of `Tagged` is bound twice}}
    pass

# `T` is infer-only: `Int` is not its positional value.
fn positional_infer_only(t: Tagged[Int, 1]):  # expected-error {{`Tagged` takes 1 positional parameters, but 2 were given}}
    pass

fn main():
    _ = Grid[rows=1, cols=2, depth=3]()  # expected-error {{`Grid` has no parameter named `depth`}}
    _ = Grid[cols=3, cols=4]()  # expected-error {{parameter `cols` of `Grid` is bound twice}}
    _ = Tagged[tag=1, T=Int, tag=2](3)  # expected-error {{parameter `tag` of `Tagged` is bound twice}}
    # Keywords in any order, and an infer-only one by keyword, are fine.
    _ = Grid[cols=3, rows=4]()
    _ = Tagged[T=Int, tag=2](3)
