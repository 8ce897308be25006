# RUN: %mojoc check -verify %s
# A struct cannot contain itself, directly or through another struct.

struct Node:  # expected-error {{struct `Node` contains itself}}
    var next: Node

struct A:  # expected-error {{struct `A` contains itself}}
    var b: B

struct B:
    var a: A
