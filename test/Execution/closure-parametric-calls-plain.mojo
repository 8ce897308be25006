# RUN: %mojoc run %s | %FileCheck %s
# A parametric closure that calls a plain closure of the same function, and
# declares one of its own: both environments reach the caller's variables.

fn apply[func: fn[width: Int](Int) capturing -> None](n: Int):
    func[2](n)
    func[3](n)


fn main():
    var a = 10
    var b = 0

    @parameter
    fn helper(x: Int):
        b += x

    @parameter
    fn body[w: Int](i: Int):
        @parameter
        if w == 2:
            helper(i * w)
        else:
            a += w

        fn inner():
            b += 1000

        inner()

    apply[body](5)
    # CHECK: 13 2010
    print(a, b)
