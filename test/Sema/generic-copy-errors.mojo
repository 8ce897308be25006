# RUN: %mojoc check -verify %s
# Inside a generic body, a `T` can be copied only if its bound promises
# `Copyable`, and moved only if it promises `Movable` (or `Copyable`). The
# errors are reported at the definition, with no instance in the program.

fn take[T: Movable](owned x: T):
    pass

fn copy_to_var[T: Movable](x: T):
    var y = x  # expected-error {{value of type `T` cannot be copied: it has no `__copyinit__`; move it with `^` or make it copyable (`@value`)}}

fn copy_to_owned[T: Movable](x: T):
    take(x)  # expected-error {{value of type `T` cannot be copied: it has no `__copyinit__`; move it with `^` or make it copyable (`@value`)}}

fn copy_out[T: Movable](x: T) -> T:
    return x  # expected-error {{value of type `T` cannot be copied: it has no `__copyinit__`; move it with `^` or make it copyable (`@value`)}}

fn copy_into_tuple[T: Movable](x: T):
    var t = (x, 1)  # expected-error {{value of type `T` cannot be copied: it has no `__copyinit__`; move it with `^` or make it copyable (`@value`)}}

# `AnyType` promises neither.
fn move_any[T: AnyType](owned x: T):
    var y = x^  # expected-error {{value of type `T` cannot be moved: it has no `__moveinit__` or `__copyinit__`}}

# What the bounds do promise is accepted.
fn move_ok[T: Movable](owned x: T):
    take(x^)

fn copy_ok[T: Copyable](x: T) -> T:
    var y = x
    return y

fn main():
    pass
