# RUN: %mojoc check -verify %s
# Builtins and List methods over elements that lack what their bounds
# need: the candidate's note names the missing method.


@value
struct P:
    var x: Int


fn main():
    var l = [P(1), P(2)]
    # expected-error@+4 {{no matching function in call to `sort`}}
    # expected-note@* {{candidate not viable: cannot infer parameter `cmp_fn`}}
    # expected-note@* {{candidate not viable: cannot bind parameter `T` of `sort` to `P`: `P` does not conform to `ComparableCollectionElement`: it has no method `__lt__`}}
    # expected-note@* {{candidate not viable: argument `list` takes an instance of `List` that its type accepts, not `List[P, False]`}}
    sort(l)
    # expected-error@+2 {{no matching function in call to `abs`}}
    # expected-note@* {{candidate not viable: cannot bind parameter `T` of `abs` to `P`: `P` does not conform to `Absable`: it has no method `__abs__`}}
    _ = abs(P(1))
    _ = P(1) in l # expected-error {{invalid operands to `in`: `List[P, False]` does not implement `__contains__` for `P`}}
    # expected-error@+2 {{no matching function in call to `List[P, False].count`}}
    # expected-note@* {{candidate not viable: cannot bind parameter `U` of `List[P, False].count` to `P`: `P` does not conform to `EqualityComparableCollectionElement`: it has no method `__eq__`}}
    _ = l.count(P(1))
