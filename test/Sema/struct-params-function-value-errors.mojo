# RUN: %mojoc check -verify %s
# Functions bind the function-typed parameters of functions; as struct
# parameters and `alias` values they are not supported yet.

fn double(x: Int) -> Int:
    return 2 * x


struct Mapper[f: fn(Int) -> Int]:
    fn __init__(out self):
        pass


alias twice = double  # expected-error {{not yet implemented: functions as `alias` values or struct parameters}}


fn main():
    _ = Mapper[double]()  # expected-error {{not yet implemented: functions as `alias` values or struct parameters}}
