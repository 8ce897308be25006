# RUN: %not %mojoc parse %s 2>&1 | %FileCheck %s --implicit-check-not=error:
# Ten independent mistakes give exactly ten diagnostics, each at its place;
# the correct statements around them are not reported.

fn main():
    # CHECK: recovery-errors.mojo:7:16: error: expected expression
    var a = 1 +* 2
    var ok1 = 1
    # CHECK: recovery-errors.mojo:10:12: error: expected `:` after `if` condition
    if ok1 ok1:
        print(ok1)
    # CHECK: recovery-errors.mojo:13:5: error: `let` was removed
    let b = 2
    # CHECK: recovery-errors.mojo:15:17: error: unexpected identifier `d` after a statement
    var c = ok1 d
    # CHECK: recovery-errors.mojo:17:13: error: dict and set displays
    var e = {1: 2}
    # CHECK: recovery-errors.mojo:19:5: error: the `assert` statement
    assert b
    # CHECK: recovery-errors.mojo:21:18: error: expected `)` to close `(`, found `]`
    print(a, b, c]
    # CHECK: recovery-errors.mojo:23:15: error: expected a variable name, found number `3`
    var f, g, 3 = 1
    # CHECK: recovery-errors.mojo:25:11: error: expected `in` after the `for` target
    for i of range(3):
        pass
    # CHECK: recovery-errors.mojo:28:16: error: comprehensions are not supported
    var h = [i for i in range(3)]
    return
