# RUN: %mojoc check -verify %s
# Valid Mojo declarations that mojoc does not support yet.

alias SIZE = 3  # expected-error {{not yet implemented: module-level `alias`}}

struct Box[T: AnyType]:  # expected-error {{not yet implemented: struct parameters}}
    var n: Int

fn outer():
    fn inner():  # expected-error {{not yet implemented: nested declarations}}
        pass
