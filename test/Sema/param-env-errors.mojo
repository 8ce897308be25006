# RUN: %mojoc check -verify -D N=abc -D B=yes -D EMPTY %s
# A define that is missing (with no default) or does not parse is an error
# at the call that asked for it, with a hint naming `-D`.

from sys.param_env import env_get_bool, env_get_int, env_get_string


fn through[name: StringLiteral]() -> Int:
    return env_get_int[name]()  # expected-error {{no value is defined for `Q`, and no default is given}}


fn main():
    _ = env_get_int["N"]()  # expected-error {{the value `abc` defined for `N` is not an integer}}
    # expected-note@* {{define it on the command line: `-D N=<integer>`}}
    _ = env_get_int["N", 5]()  # expected-error {{the value `abc` defined for `N` is not an integer}}
    # expected-note@* {{define it on the command line: `-D N=<integer>`}}
    _ = env_get_bool["B"]()  # expected-error {{the value `yes` defined for `B` is neither `True` nor `False`}}
    # expected-note@* {{define it on the command line: `-D B=<True|False>`}}
    _ = env_get_int["EMPTY"]()  # expected-error {{the value `` defined for `EMPTY` is not an integer}}
    # expected-note@* {{`-D EMPTY=<integer>`}}
    _ = env_get_string["S"]()  # expected-error {{no value is defined for `S`, and no default is given}}
    # expected-note@* {{`-D S=<value>`}}
    _ = through["Q"]()  # expected-note {{in `through["Q"]`, instantiated here}}
    # expected-note@* {{`-D Q=<integer>`}}
    _ = __compile_time_query["define.frob", "x"]()  # expected-error {{unknown compile-time query `define.frob`}}
    _ = __compile_time_query["target.frob"]()  # expected-error {{unknown compile-time query `target.frob`}}
    _ = __compile_time_query["define.int"]()  # expected-error {{compile-time query `define.int` takes the name of a define and an optional default}}
    _ = __compile_time_query["target.is_x86", 1]()  # expected-error {{compile-time query `target.is_x86` takes no arguments}}
    _ = __compile_time_query["target.is_x86"](1)  # expected-error {{`__compile_time_query` takes the query and its arguments as compile-time parameters}}
    var n = 1
    _ = __compile_time_query["define.int", n]()  # expected-error {{`n` is a run-time value}}


alias MISSING = env_get_int["MISSING"]()  # expected-error {{no value is defined for `MISSING`, and no default is given}}
# expected-note@* {{`-D MISSING=<integer>`}}
alias BAD = env_get_int["N", 1]()  # expected-error {{the value `abc` defined for `N` is not an integer}}
# expected-note@* {{`-D N=<integer>`}}


fn uses_aliases() -> Int:
    return MISSING + BAD
