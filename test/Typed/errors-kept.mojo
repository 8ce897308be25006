# RUN: %mojoc check -verify %s
# RUN: not %mojoc build --emit=typed %s 2>/dev/null | %FileCheck %s
# A function with errors keeps every statement in its checked tree: what
# failed is an Error node holding the parts that checked, and each mistake is
# reported once.

fn f(a: Int, b: Int, c: Int) -> Int:
    return a + b + c

fn g(x: Int) -> Int:
    return undefined_in_g  # expected-error {{use of undeclared name `undefined_in_g`}}

fn main():
    var ok = 1
    f(1, undefined_name, 3)  # expected-error {{use of undeclared name `undefined_name`}}
    var bad = missing_value  # expected-error {{use of undeclared name `missing_value`}}
    ok = also_missing  # expected-error {{use of undeclared name `also_missing`}}
    if bad_condition:  # expected-error {{use of undeclared name `bad_condition`}}
        ok = 2
    elif ok == 1:
        ok = g(ok)
    while no_such_flag:  # expected-error {{use of undeclared name `no_such_flag`}}
        ok = 4
    print(f(ok, g(nope), 3))  # expected-error {{use of undeclared name `nope`}}
    print(ok)

# CHECK-LABEL: fn main() -> NoneType
# CHECK-NEXT:    var ok: Int = Int.__init__(1)
# CHECK-NEXT:    <error>(1, <error>, 3)
# CHECK-NEXT:    var bad: <error> = <error>
# CHECK-NEXT:    <error> = <error>
# CHECK-NEXT:    if <error>:
# CHECK-NEXT:      ok = Int.__init__(2)
# CHECK-NEXT:    elif
# CHECK-NEXT:      ok = g(ok)
# CHECK-NEXT:    while <error>:
# CHECK-NEXT:      ok = Int.__init__(4)
# CHECK-NEXT:    <error>(<error>(ok, <error>(<error>), 3))
# CHECK-NEXT:    print
# CHECK-LABEL: fn g(x: Int) -> Int
# CHECK-NEXT:    return <error>
