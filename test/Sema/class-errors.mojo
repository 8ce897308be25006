# RUN: %mojoc check -verify %s
# Python's `class` does not exist in Mojo; the body is still checked as a
# struct's.

class Point:  # expected-error {{`class` is not supported in Mojo; use `struct`}}
    var x: Int
