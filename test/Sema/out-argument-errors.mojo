# RUN: %mojoc check -verify %s
# An `out` argument is the function's result: it must be initialized on
# every path, and a `return` cannot carry another value.

@value
struct Point:
    var x: Int
    var y: Int

    fn __init__(out self, x: Int, y: Int):
        self.x = x
        self.y = y

fn never(out result: Point):  # expected-error {{`result` is not initialized when `never` returns; an `out` argument must be initialized on every path}}
    pass

fn one_path(flag: Bool, out result: Point):
    if flag:
        result = Point(1, 2)
        return
    return  # expected-error {{`result` is not initialized when `one_path` returns}}

fn half(out p: Point):  # expected-error {{`p.y` is not initialized when `half` returns}}
    p.x = 1

fn raw(out r: __mlir_type.index):  # expected-error {{`r` is not initialized when `raw` returns}}
    pass

fn with_value(out r: Int):
    r = 1
    return 2  # expected-error {{cannot return a value from `with_value`: its result is the `out` argument `r`; assign `r` and use a bare `return`}}

fn read_early(out r: Point):
    var q = r  # expected-error {{`r` is used before all its fields are initialized (`r.x` is not)}}
    r = q

fn fine(out r: Point):
    r.x = 1
    r.y = r.x

fn main():
    var p = fine()
    _ = p.x
