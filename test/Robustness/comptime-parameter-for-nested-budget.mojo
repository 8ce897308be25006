# RUN: %limit %mojoc check -verify %s
# Nested `@parameter for` loops share one unrolling budget per function,
# reported once, after which every enclosing loop stops.

fn main():
    @parameter
    for i in range(2000):
        @parameter
        for j in range(1000): # expected-error {{would unroll 1001000 iterations in this function, more than the limit of 1000000}}
            pass
