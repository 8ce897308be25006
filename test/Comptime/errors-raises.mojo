# RUN: %mojoc check -verify %s
# A function that raises cannot be called at compile time: the call is
# checked where no error may arise.

fn fails() raises -> Int:  # expected-note {{`fails` is declared here; it is marked `raises`}}
    raise "no"


alias A = fails()  # expected-error {{cannot call `fails` at compile time: it may raise an error}}
