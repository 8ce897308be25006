# RUN: %mojoc run %s | %FileCheck %s
# A `Bool` parameter and a `@parameter if` over it: each instance keeps
# only its branch, and both change the captured variables.

fn main():
    var evens = 0
    var odds = 0

    @parameter
    fn count[even: Bool](i: Int):
        @parameter
        if even:
            evens += i
        else:
            odds += i

    for i in range(6):
        if i % 2 == 0:
            count[True](i)
        else:
            count[False](i)
    # CHECK: 6 9
    print(evens, odds)
