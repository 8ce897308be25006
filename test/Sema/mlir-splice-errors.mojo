# RUN: %mojoc check -verify %s
# The pieces of `__mlir_type[...]` and `__mlir_attr[...]` are text and
# compile-time values that have a spelling.

alias NotMLIR = __mlir_type[`vector<4x`, Int, `>`]  # expected-error {{a piece of `__mlir_type[...]` must be text, an integer, a `Bool`, a string or an MLIR type, not the type `Int`, which is no MLIR type}}


struct Lanes[n: Int]:
    # Checked once for every `n`, and reported there.
    var v: __mlir_type[`vector<`, n, `x`, Int, `>`]  # expected-error {{not the type `Int`, which is no MLIR type}}


fn run_time(n: Int):
    var x: __mlir_type[`vector<`, n, `xi64>`]  # expected-error {{`n` is not a compile-time value; the pieces of `__mlir_type[...]` are text}}
    var y = __mlir_op.`arith.constant`[
        value = __mlir_attr[`dense<0> : vector<`, n, `xi64>`],  # expected-error {{`n` is not a compile-time value; the pieces of `__mlir_attr[...]` are text}}
        _type = __mlir_type.i64,
    ]()


fn other_pieces():
    var k: __mlir_type[`vector<`, 4, kind = `xi64>`]  # expected-error {{the pieces of `__mlir_type[...]` are positional; remove `kind =`}}
    var f: __mlir_type[`vector<`, other_pieces, `xi64>`]  # expected-error {{not a function}}
    var u: __mlir_type[`vector<`, undeclared, `xi64>`]  # expected-error {{`undeclared` is not a compile-time value}}


fn main():
    pass
