# RUN: %mojoc check -verify %s
# Tuple indexing, unpacking and type spellings that are errors.

alias ONE = 1


fn pair() -> (Int, Bool):
    return 1, True


fn index_errors(n: Int):
    var t = (1, True)
    _ = t[2]  # expected-error {{index 2 is out of range for `Tuple[Int, Bool]`, which has 2 element(s)}}
    _ = t[-1]  # expected-error {{index -1 is out of range for `Tuple[Int, Bool]`, which has 2 element(s)}}
    _ = t[n]  # expected-error {{an index of `Tuple[Int, Bool]` must be a compile-time constant `Int`, such as a literal or an `alias`}}
    _ = t[0, 1]  # expected-error {{`Tuple[Int, Bool]` is indexed by exactly one compile-time `Int`}}
    _ = t[ONE + 1]  # expected-error {{index 2 is out of range for `Tuple[Int, Bool]`, which has 2 element(s)}}
    t[1] = 5  # expected-error {{cannot implicitly convert `IntLiteral` value to `Bool`}}


fn unpack_errors():
    a, b, c = pair()  # expected-error {{cannot unpack `Tuple[Int, Bool]` of 2 element(s) into 3 targets}}
    var d, e = 5  # expected-error {{cannot unpack a value of type `Int` into 2 targets; only a tuple can be unpacked}}
    (f, g), h = 1, 2  # expected-error {{cannot unpack a value of type `Int` into 2 targets; only a tuple can be unpacked}}
    # The names are declared anyway: their uses report nothing more.
    print(a, b, c, d, e, f, g, h)


fn read_only(t: (Int, Int)):
    t[0] = 1  # expected-error {{cannot modify `t`: it is a read-only argument; declare it `mut` or `owned` to change it}}


fn type_errors(
    x: Tuple,  # expected-error {{`Tuple` needs its element types, as in `Tuple[Int, Bool]`}}
    y: Tuple[Int, Undefined],  # expected-error {{use of undeclared name `Undefined`}}
):
    pass


fn result_mismatch() -> (Int, Bool):
    return 1, 2  # expected-error {{cannot implicitly convert `IntLiteral` value to `Bool`}}


fn arity_mismatch() -> (Int, Bool):
    return 1, True, 3  # expected-error {{cannot implicitly convert `Tuple[Int, Bool, Int]` value to `Tuple[Int, Bool]`}}


fn construct_errors():
    _ = Tuple[Int, Int](1)  # expected-error {{`Tuple[Int, Int]` is built from 2 element(s), but 1 were given}}
    _ = Tuple(a=1)  # expected-error {{a tuple's elements and element types are positional}}
    _ = Tuple[Int, x=Int]  # expected-error {{a tuple's elements and element types are positional}}


struct Ints:
    fn __init__(out self):
        pass

    fn __iter__(self) -> Self:
        return Ints()

    fn __has_next__(self) -> Bool:
        return False

    fn __next__(mut self) -> Int:
        return 0


fn loop_errors():
    for a, b in Ints():  # expected-error {{cannot unpack a value of type `Int` into 2 targets; only a tuple can be unpacked}}
        print(a, b)
    var t = (1, 2)
    for t[0] in Ints():  # expected-error {{not yet implemented: `for` targets other than names}}
        pass
