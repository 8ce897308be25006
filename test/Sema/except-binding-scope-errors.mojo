# RUN: %mojoc check -verify %s
# The name `except e` binds exists only inside that `except` block.


fn main():
    try:
        raise "x"
    except e:
        print(e)
    print(e)  # expected-error {{use of undeclared name `e`}}
