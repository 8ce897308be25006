# RUN: %mojoc check -verify %s
# Division by zero at compile time is an error, for integer literals and
# for the integer ops a function runs.

alias A = 1 // 0  # expected-error {{cannot evaluate this at compile time: division by zero}}
alias B = 7 % (3 - 3)  # expected-error {{cannot evaluate this at compile time: division by zero}}


fn quotient(a: Int, b: Int) -> Int:
    return __mlir_op.`index.divs`[_type = __mlir_type.index](a.value, b.value)  # expected-note {{the evaluation stopped here}}


alias C = quotient(1, 0)  # expected-error {{cannot evaluate this at compile time: division by zero}}


fn main():
    var x = 5 // 0  # expected-error {{cannot evaluate this at compile time: division by zero}}
