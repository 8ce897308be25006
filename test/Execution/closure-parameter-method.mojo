# RUN: %mojoc run %s | %FileCheck %s
# A `@parameter` closure over a method's `self`, and one passed on from a
# sibling closure, which then needs its environment.

fn repeat[body: fn(Int) capturing -> None](n: Int):
    for i in range(n):
        body(i)

@value
struct Acc:
    var total: Int

    fn add_all(mut self, n: Int):
        @parameter
        fn body(i: Int):
            self.total += i
        repeat[body](n)

fn main():
    var total = 0
    @parameter
    fn body(i: Int):
        total += i
    fn run_body():
        repeat[body](4)
    run_body()
    run_body()
    # CHECK: 12
    print(total)
    var acc = Acc(0)
    acc.add_all(5)
    # CHECK-NEXT: 10
    print(acc.total)
