# RUN: %mojoc check -verify %s
# A parametric struct whose field nests a new instance of itself without
# end is stopped by the instantiation depth budget, not the stack.

struct Chain[n: Int]:  # expected-error {{instantiating `Chain[1024]` nests parametric structs more than 1024 deep}}
    var next: Chain[n + 1]


fn main():
    var c: Chain[0]
