# RUN: %mojoc check -verify %s
# Parametric closures: their instances need exactly their parameters, of
# the right types, known at compile time; the closure itself is no run-time
# value; and only a parametric closure of the same shape binds a
# parametric function type.

fn apply[func: fn[width: Int](Int) capturing -> None](n: Int):  # expected-note {{candidate not viable: cannot convert argument of type `fn(Int) capturing -> None` to `fn[width: Int](Int) capturing -> None`}} expected-note {{candidate not viable: cannot convert argument of type `fn[w: Int](Int) -> Int` to `fn[width: Int](Int) capturing -> None`}} expected-note {{candidate not viable: cannot convert argument of type `fn[a: Int, b: Int](Int) capturing -> None` to `fn[width: Int](Int) capturing -> None`}}
    func[2](n)

fn plain_function(i: Int):
    pass

fn main():
    var t = 0

    @parameter
    fn plain(i: Int):
        t += i

    @parameter
    fn par[w: Int](i: Int):
        t += w

    par[1, 2](0)  # expected-error {{`par` takes 1 compile-time parameter(s), but 2 were given}}
    par(0)  # expected-error {{`par` has compile-time parameters: give them (`par[...]`) to call it or use it as a value}}
    par[width=3](0)  # expected-error {{`par` has no compile-time parameter named `width`}}
    plain[4](0)  # expected-error {{`plain` takes 0 compile-time parameter(s), but 1 were given}}
    var f = par  # expected-error {{`par` has compile-time parameters: give them (`par[...]`) to call it or use it as a value}}
    par[t](0)  # expected-error {{`t` is a run-time value; a compile-time expression cannot use it}}
    par[True](0)  # expected-error {{parameter `w` of `par` takes a value of type `Int`, not `Bool`}}
    apply[plain](3)  # expected-error {{no matching function in call to `apply`}}

    @parameter
    fn two[a: Int, b: Int](i: Int):
        t += a + b

    two[1, a=2](0)  # expected-error {{compile-time parameter `a` of `two` is given twice}}
    apply[two](1)  # expected-error {{no matching function in call to `apply`}}

    @parameter
    fn ret[w: Int](i: Int) -> Int:
        return w

    apply[ret](1)  # expected-error {{no matching function in call to `apply`}}
