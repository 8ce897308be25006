# RUN: %mojoc run %s | %FileCheck %s

fn main():
    # CHECK: Hello, world!
    print("Hello, world!")
