# RUN: %mojoc check -verify %s
# Nested functions: not recursive, one per name in a scope, and what is not
# implemented yet.

struct Resource:
    var n: Int
    fn __init__(out self, n: Int):
        self.n = n
    fn __del__(owned self):
        pass

fn recursive():
    fn again(n: Int) -> Int:
        return again(n - 1)  # expected-error {{nested function `again` cannot call itself: nested functions are not recursive}}
    _ = again(1)

fn redefined():
    fn once():  # expected-note {{previous definition of `once` is here}}
        pass
    fn once():  # expected-error {{redefinition of `once`}}
        pass
    var v = 1  # expected-note {{previous definition of `v` is here}}
    fn v():  # expected-error {{redefinition of `v`}}
        pass

fn not_trivial():
    var r = Resource(1)
    fn use_r() -> Int:
        return r.n
    _ = use_r()
    var keep = use_r  # expected-error {{not yet implemented: keeping a closure that captures values with destructors in a variable}}

fn generic_nested():
    fn inner[n: Int]() -> Int:
        return n
    _ = inner()  # expected-error {{`inner` has compile-time parameters: give them (`inner[...]`) to call it or use it as a value}}

fn make() -> fn () capturing -> Int:  # expected-error {{not yet implemented: returning capturing or `escaping` function values}}
    fn c() -> Int:
        return 1
    return c

fn escaping(f: fn(Int) escaping -> Int) -> Int:
    return f(1)

fn plain(x: Int) -> Int:
    return x

fn uses_escaping():
    var k = 1
    fn add_k(x: Int) -> Int:
        return x + k
    _ = escaping(plain)
    _ = escaping(add_k)  # expected-error {{not yet implemented: `escaping` closures that capture variables}}

fn methods():
    var m = Resource.__init__  # expected-error {{not yet implemented: methods as function values}}

struct HoldsClosure:
    var f: fn () capturing -> None  # expected-error {{not yet implemented: fields of capturing or `escaping` function types}}

fn copy_capture():
    var r = Resource(1)
    @parameter
    @__copy_capture(r, missing, 1)  # expected-error {{not yet implemented: `@__copy_capture` of a value that is not trivial}} expected-error {{use of undeclared name `missing`}} expected-error {{`@__copy_capture` takes the names of variables}}
    fn c():
        pass
    c()
