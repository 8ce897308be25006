# RUN: %mojoc run %s | %FileCheck %s --check-prefix=NONE
# RUN: %mojoc run -D N=42 -DX -D FLAG=True -D NAME=mojoc -D NEG=-7 %s | %FileCheck %s --check-prefix=SET
# RUN: %mojoc run -D N=1 -D N=2 %s | %FileCheck %s --check-prefix=LAST
# RUN: %mojoc build -D N=5 %s -o %t && %t | %FileCheck %s --check-prefix=BUILT
# `-D NAME=VALUE` defines, read at compile time through `sys.param_env`
# (and re-exported from `sys`).

from sys import env_get_int, is_defined
from sys.param_env import env_get_bool, env_get_string


fn twice[name: StringLiteral]() -> Int:
    # A define whose name is a parameter of the caller.
    return env_get_int[name, 0]() * 2


fn pick[n: Int, b: Bool]() -> Int:
    # Defaults that are parameters of a generic function, checked once
    # against its bounds (where they are unknown) and then per instance.
    if env_get_bool["FLAG", b]():
        return env_get_int["N", n]() + 100
    return env_get_int["N", n]()


fn main():
    # NONE: 3 0
    # SET: 42 84
    # LAST: 2 4
    # BUILT: 5 10
    print(env_get_int["N", 3](), twice["N"]())
    # NONE-NEXT: X is not defined
    # SET-NEXT: X is defined
    if is_defined["X"]():
        print("X is defined")
    else:
        print("X is not defined")
    # NONE-NEXT: False True
    # SET-NEXT: True True
    print(env_get_bool["FLAG", False](), env_get_bool["OTHER", True]())
    # NONE-NEXT: default -1
    # SET-NEXT: mojoc -7
    print(env_get_string["NAME", "default"](), env_get_int["NEG", -1]())
    # NONE-NEXT: False
    # SET-NEXT: True
    print(is_defined["NAME"]())
    # NONE-NEXT: 104 5
    # SET-NEXT: 142 142
    print(pick[4, True](), pick[5, False]())
