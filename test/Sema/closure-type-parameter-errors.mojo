# RUN: %mojoc check -verify %s
# The body of a nested function with a type parameter is checked against
# the parameter's bounds once, where it is declared.


fn main():
    @parameter
    fn bad[T: Stringable](x: T):
        print(x.missing())  # expected-error {{`T` has no member named `missing`}}

    bad[Int](3)
    bad[String]("a")
