# RUN: %mojoc run %s | %FileCheck %s
# Two captured variables of one name: the inner `x` that the parametric
# closure names, and the outer `x` it reaches through `helper`. Each
# instance finds the same variable by name as the closure's definition.

fn main():
    var x = 1

    @parameter
    fn helper():
        x += 100

    if True:
        var x = 5

        @parameter
        fn body[w: Int]():
            helper()
            x += w

        body[2]()
        body[3]()
        # CHECK: 10
        print(x)
    # CHECK-NEXT: 201
    print(x)
