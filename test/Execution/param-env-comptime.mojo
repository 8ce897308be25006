# RUN: %mojoc run %s | %FileCheck %s --check-prefix=NONE
# RUN: %mojoc run -D SIZE=16 -D FAST %s | %FileCheck %s --check-prefix=SET
# `sys.param_env` and `sys.info` at compile time: the interpreter runs the
# stdlib functions' bodies, which are the constants the compiler folded.

from sys import env_get_int, is_defined, simdbitwidth
from sys.info import has_avx2, has_avx512f

alias SIZE = env_get_int["SIZE", 8]()
alias DOUBLE = SIZE * 2
alias WIDTH = simdbitwidth()


fn main():
    # NONE: 8 16
    # SET: 16 32
    print(SIZE, DOUBLE)
    @parameter
    if is_defined["FAST"]():
        print("fast")
    else:
        print("careful")
    # NONE-NEXT: careful
    # SET-NEXT: fast
    @parameter
    if has_avx512f():
        print(WIDTH == 512)
    elif has_avx2():
        print(WIDTH == 256)
    else:
        print(WIDTH >= 128)
    # NONE-NEXT: True
    # SET-NEXT: True
