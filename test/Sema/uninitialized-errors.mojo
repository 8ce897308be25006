# RUN: %mojoc check -verify %s
# Reading a variable before it is initialized on every path is an error.

fn main():
    var never: Int
    print(never)  # expected-error {{use of uninitialized variable `never`}}
    var some: Int
    if True:
        some = 1
    print(some)  # expected-error {{use of uninitialized variable `some`}}
    var both: Int
    if True:
        both = 1
    else:
        both = 2
    print(both)
