# RUN: %mojoc check -verify %s
# A struct cannot contain itself, directly or through another struct.

struct Node:  # expected-error {{struct `Node` contains itself}}
    var next: Node

struct A:
    var b: B

struct B:  # expected-error {{struct `B` contains itself}}
    var a: A
