# RUN: %mojoc check -verify %s
# A trait's parents add their requirements to it: conforming to the child
# means meeting every ancestor's, explicitly at the declaration (the note
# points at the ancestor that requires the member) or implicitly at a use.

trait HasA:
    fn a(self) -> Int: ...  # expected-note {{`a` is required by `HasA` here}}

trait HasB:
    fn b(self) -> Int: ...  # expected-note {{`b` is required by `HasB` here}} expected-note {{`b` is required by `HasB` here}}

# Composition: both parents, nothing of its own.
trait Both(HasA, HasB):
    pass

# A grandchild.
trait All(Both):
    fn c(self) -> Int: ...

struct OnlyA(Both):  # expected-error {{`OnlyA` does not conform to `Both`: it has no method `b`}}
    fn __init__(out self):
        pass
    fn a(self) -> Int:
        return 1

# The grandparents' requirements are reported one by one.
struct OnlyC(All):  # expected-error {{`OnlyC` does not conform to `All`: it has no method `a`}} expected-error {{`OnlyC` does not conform to `All`: it has no method `b`}}
    fn __init__(out self):
        pass
    fn c(self) -> Int:
        return 3

@value
struct Implicit:
    var n: Int
    fn a(self) -> Int:
        return self.n

fn needs_both[T: Both](x: T) -> Int:  # expected-note {{candidate not viable: cannot bind parameter `T` of `needs_both` to `Implicit`: `Implicit` does not conform to `Both`: it has no method `b`}} expected-note {{candidate not viable: cannot bind parameter `T` of `needs_both` to `T`: `T` does not conform to `Both`: it has no method `b`}}
    return x.a() + x.b()

# A parent bound does not meet a child bound.
fn from_parent[T: HasA](x: T) -> Int:
    return needs_both(x)  # expected-error {{no matching function in call to `needs_both`}}

# A child bound meets a parent bound.
fn from_child[T: All](x: T) -> Int:
    return needs_both(x) + x.c()

fn main():
    _ = needs_both(Implicit(1))  # expected-error {{no matching function in call to `needs_both`}}
