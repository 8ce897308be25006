# RUN: %mojoc run %s | %FileCheck %s
# `def main()` is a valid entry point, and `def` functions with typed
# arguments are called like `fn` functions.

def double(x: Int) -> Int:
    return x * 2

def greet():
    print("hello from def")

def main():
    # CHECK: hello from def
    greet()
    # CHECK-NEXT: 42
    print(double(21))
