# RUN: %mojoc check -verify %s

fn f(n: Int):
    @parameter
    if n > 1:  # expected-error {{`n` is a run-time value; a compile-time expression cannot use it}}
        pass

fn g():
    @parameter
    if 3:  # expected-error {{the condition of `@parameter if` must be a compile-time `Bool`}}
        pass
