# RUN: %mojoc run %s | %FileCheck %s
# `@parameter if` evaluates its condition at compile time and keeps only the
# live branch; inside `@parameter for` the loop variable is a parameter.

alias DEBUG = False
alias LEVEL = 2


fn describe():
    @parameter
    if DEBUG:
        print("debug")
    elif LEVEL > 1 and not DEBUG:
        print("level", LEVEL)
    else:
        print("quiet")


fn main():
    # CHECK: level 2
    describe()
    @parameter
    for i in range(4):
        @parameter
        if i % 2 == 0:
            # CHECK-NEXT: even 0
            # CHECK-NEXT: even 2
            print("even", i)
    # CHECK-NEXT: True
    print(DEBUG or LEVEL == 2)
