# RUN: %mojoc check -verify %s
# A global `var` and an `alias` of one name are a redefinition, even while
# global variables are not implemented.

alias limit = 2  # expected-note {{previous definition of `limit` is here}}
var limit = 3  # expected-error {{not yet implemented: global variables}} expected-error {{redefinition of `limit`}}
