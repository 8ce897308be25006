# RUN: %mojoc check -verify %s
# An origin parameter takes an origin: a predeclared one, `__origin_of(x)`
# or an origin parameter; anything else is an error about the value.

from memory.span import Span


# expected-note@* {{parameter `origin` is declared here}}
# expected-note@* {{parameter `origin` is declared here}}
fn by_value(s: Span[Int, 3]) -> Int:  # expected-error {{parameter `origin` of `Span` takes an origin (`MutableAnyOrigin`, `ImmutableAnyOrigin`, `StaticConstantOrigin`, `__origin_of(x)` or an origin parameter), not `3`}}
    return len(s)


fn by_type(s: Span[Int, Int]) -> Int:  # expected-error {{parameter `origin` of `Span` takes an origin (`MutableAnyOrigin`, `ImmutableAnyOrigin`, `StaticConstantOrigin`, `__origin_of(x)` or an origin parameter), not `Int`}}
    return len(s)


fn unknown(s: Span[Int, NoSuchOrigin]) -> Int:  # expected-error {{use of undeclared name `NoSuchOrigin`}}
    return len(s)


fn fine(s: Span[Int, StaticConstantOrigin], t: Span[Int, _]) -> Int:
    return len(s) + len(t)
