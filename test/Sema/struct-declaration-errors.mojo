# RUN: %mojoc check -verify %s
# Struct fields need a type and cannot have a default value; a struct body
# holds only `var`, `fn`, `def` and `alias`.

struct Config:
    var size: Int = 3  # expected-error {{struct field `size` cannot have a default value; initialize it in `__init__`}}
    var name  # expected-error {{field `name` needs a type annotation}}
    count = 1  # expected-error {{unexpected identifier `count` in a struct body; expected `var`, `fn`, `def` or `alias`}}
