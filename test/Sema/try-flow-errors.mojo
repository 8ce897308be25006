# RUN: %mojoc check -verify %s
# Flow through a `try`: a `raise` ends a path like a `return`; the handler
# starts from the state before the body (any call in it may have raised),
# and after the statement a variable is initialized only if both the normal
# path and the handler initialize it.


fn may_fail(n: Int) raises -> Int:
    return n


fn both_return(n: Int) -> Int:
    try:
        return may_fail(n)
    except:
        return 0


fn raising_end(n: Int) raises -> Int:
    if n > 0:
        return n
    raise "not positive"


fn handler_falls_through(n: Int) -> Int:  # expected-error {{missing return statement in function returning `Int`}}
    try:
        return may_fail(n)
    except:
        pass


fn assigned_on_both_paths(n: Int) -> Int:
    var x: Int
    try:
        x = may_fail(n)
    except:
        x = 0
    return x


fn assigned_in_body_only(n: Int) -> Int:
    var x: Int
    try:
        x = may_fail(n)
    except:
        print("failed")
    return x  # expected-error {{use of uninitialized variable `x`}}


fn declared_in_body_only(n: Int) -> Int:
    try:
        y = may_fail(n)
    except:
        pass
    return y  # expected-error {{use of uninitialized variable `y`}}


fn declared_in_handler_only(n: Int) -> Int:
    try:
        _ = may_fail(n)
    except:
        z = 1
    return z  # expected-error {{use of uninitialized variable `z`}}


fn declared_on_both_paths(n: Int) -> Int:
    try:
        w = may_fail(n)
    except:
        w = 0
    return w


fn read_in_handler(n: Int) -> Int:
    var x: Int
    try:
        x = may_fail(n)
    except:
        return x  # expected-error {{use of uninitialized variable `x`}}
    return x


fn main():
    pass
