# RUN: %mojoc check -verify %s
# A tuple's index is a compile-time `Int` within its length: checked for
# nested tuples, rvalues and the empty tuple, and, inside a generic
# function, for each instance (where a parameter has its value).

alias FIVE = 5

fn pair() -> (Int, Bool):
    return 1, True

fn at[n: Int](t: (Int, Int, Int)) -> Int:
    return t[n]  # expected-error {{index 3 is out of range for `Tuple[Int, Int, Int]`, which has 3 element(s)}}

fn runtime_in_generic[n: Int](t: (Int, Int), k: Int) -> Int:
    return t[k]  # expected-error {{an index of `Tuple[Int, Int]` must be a compile-time constant `Int`, such as a literal or an `alias`}}

fn main():
    var t = (1, (2, 3))
    _ = t[1][2]  # expected-error {{index 2 is out of range for `Tuple[Int, Int]`, which has 2 element(s)}}
    _ = t[FIVE]  # expected-error {{index 5 is out of range for `Tuple[Int, Tuple[Int, Int]]`, which has 2 element(s)}}
    _ = pair()[3]  # expected-error {{index 3 is out of range for `Tuple[Int, Bool]`, which has 2 element(s)}}
    _ = (1, 2)[2]  # expected-error {{index 2 is out of range for `Tuple[Int, Int]`, which has 2 element(s)}}
    var e = ()
    _ = e[0]  # expected-error {{index 0 is out of range for `Tuple[]`, which has 0 element(s)}}
    _ = t[1 << 70]  # expected-error {{index 1180591620717411303424 is out of range for `Tuple[Int, Tuple[Int, Int]]`, which has 2 element(s)}}
    # Only an `Int` indexes a tuple.
    _ = t[True]  # expected-error {{an index of `Tuple[Int, Tuple[Int, Int]]` must be a compile-time constant `Int`, such as a literal or an `alias`}}
    _ = t["a"]  # expected-error {{an index of `Tuple[Int, Tuple[Int, Int]]` must be a compile-time constant `Int`, such as a literal or an `alias`}}
    # An element that is not a tuple has no subscript.
    _ = t[0][0]  # expected-error {{`Int` has no member named `__getitem__`}}
    var u = (10, 20, 30)
    _ = at[1](u)
    _ = at[3](u)
    _ = runtime_in_generic[1]((1, 2), 0)
