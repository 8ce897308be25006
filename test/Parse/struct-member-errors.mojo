# RUN: %not %mojoc parse %s 2>&1 | %FileCheck %s --implicit-check-not=error:

struct S:
    var x: Int
    # CHECK: {{.*}}struct-member-errors.mojo:6:5: error: unexpected identifier `y` in a struct body; expected `var`, `fn`, `def` or `alias`
    y = 1
    # CHECK: {{.*}}struct-member-errors.mojo:8:16: error: struct field `z` cannot have a default value; initialize it in `__init__`
    var z: Int = 3
    # CHECK: {{.*}}struct-member-errors.mojo:10:5: error: unexpected keyword `if` in a struct body; expected `var`, `fn`, `def` or `alias`
    if True:
        var w: Int
    fn get(self) -> Int:
        return self.x

trait T:
    # CHECK: {{.*}}struct-member-errors.mojo:17:5: error: unexpected keyword `var` in a trait body; expected `fn`, `def` or `alias`
    var field: Int
    fn f(self): ...
