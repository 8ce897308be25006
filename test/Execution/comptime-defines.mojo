# RUN: %mojoc run -D FAST -D N=42 %s | %FileCheck %s --check-prefix=DEFINED
# RUN: %mojoc run %s | %FileCheck %s --check-prefix=DEFAULT
# `-D` defines read at compile time: in aliases and `@parameter if`, run by
# the interpreter through `sys.param_env`.
from sys import env_get_int, is_defined

alias N = env_get_int["N", 7]()


fn scaled[k: Int]() -> Int:
    return k * 10


fn main():
    # DEFINED: 42 420
    # DEFAULT: 7 70
    print(N, scaled[env_get_int["N", 7]()]())
    @parameter
    if is_defined["FAST"]():
        # DEFINED-NEXT: fast
        print("fast")
    else:
        # DEFAULT-NEXT: slow
        print("slow")
