# RUN: %mojoc run %s | %FileCheck %s
# A raising parametric closure bound to a `raises` function type: the
# error leaves through the instance that raised it. A parametric closure
# declared in a `@parameter for` body is one closure per iteration.

fn each[func: fn[w: Int](Int) raises capturing -> None](n: Int) raises:
    func[1](n)
    func[2](n)
    func[4](n)


def main():
    var seen = 0

    @parameter
    fn check[w: Int](i: Int) raises:
        seen += w
        if seen > 2:
            raise Error("too many")

    try:
        each[check](0)
    except e:
        # CHECK: caught too many 3
        print("caught", e, seen)

    @parameter
    for k in range(2):

        @parameter
        fn inner[w: Int]():
            seen += w * 10 + k

        inner[1]()
    # CHECK-NEXT: 24
    print(seen)
