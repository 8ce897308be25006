# RUN: %mojoc run %s | FileCheck %s
# `args.each[f]()` and `args.each_idx[f]()` call a nested function once
# per element of a pack, with the element's type (and index) as its
# parameters; also over a pack passed on whole, and over no elements.


fn show[*Ts: Writable](*args: *Ts):
    @parameter
    fn one[T: Writable](x: T):
        print(x, end=";")

    args.each[one]()
    print()


fn numbered[*Ts: Stringable](*args: *Ts):
    var total = 0

    @parameter
    fn one[i: Int, T: Stringable](x: T):
        total += i
        print(i, str(x), end=" ")

    args.each_idx[one]()
    print(total)


fn bracketed[*Ts: Writable](args: VariadicPack[_, Writable, *Ts]):
    @parameter
    fn one[T: Writable](x: T):
        print("<", x, ">", sep="", end="")

    args.each[one]()
    print()


fn outer[*Ts: Writable](*args: *Ts):
    bracketed(args)


fn main():
    # CHECK: 1;a;2.5;
    show(1, "a", 2.5)
    # CHECK-EMPTY:
    show()
    # CHECK-NEXT: 0 1 1 b 2 True 3
    numbered(1, "b", True)
    # CHECK-NEXT: <7><x>
    outer(7, "x")
