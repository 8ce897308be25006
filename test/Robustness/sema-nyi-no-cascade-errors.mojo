# RUN: %mojoc check -verify %s
# A construct that is not implemented yet (or fails to check) still declares
# the names it would have declared: their uses report nothing more.

fn with_statement():
    with undefined_manager as fh:  # expected-error {{use of undeclared name `undefined_manager`}}
        w = 1
    print(fh, w)

fn list_literal():
    x = []  # expected-error {{an empty list display `[]` needs a type: declare it, as in `var l: List[Int] = []`}}
    print(len(x))

fn tuple_target():
    a, b = 1  # expected-error {{cannot unpack a value of type `Int` into 2 targets; only a tuple can be unpacked}}
    print(a + b)

fn nested_function():
    fn inner[dt: DType]():  # expected-error {{not yet implemented: a parameter of a nested function whose type is not `Int` or `Bool`}}
        pass
    inner[DType.int8]()

fn several_vars():
    var c, d = 1, 2, 3  # expected-error {{cannot unpack `Tuple[Int, Int, Int]` of 3 element(s) into 2 targets}}
    print(c, d)

fn for_over_undeclared():
    for i in undefined_seq:  # expected-error {{use of undeclared name `undefined_seq`}}
        z = i
    print(z)

fn for_over_non_iterable():
    for i in True:  # expected-error {{`Bool` has no member named `__iter__`}}
        k = i
    print(k)

fn parameter_for_over_list():
    @parameter  # expected-error {{not yet implemented: `@parameter for` over anything but `range(...)`}}
    for j in [1, 2]:
        y = j
    print(y)

fn lambda_value():
    var f = lambda q: q  # expected-error {{`lambda` is not supported; use a nested `fn`}}
    f(1)
    g = lambda q: q  # expected-error {{`lambda` is not supported; use a nested `fn`}}
    g(1)

fn walrus_of_error():
    if (v := undefined_value):  # expected-error {{use of undeclared name `undefined_value`}}
        print(v)
    print(v)

fn alias_of_error():
    alias B = undefined_thing  # expected-error {{use of undeclared name `undefined_thing`}}
    print(B)
    print(B + 1)
