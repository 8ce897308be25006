# RUN: %mojoc run %s | %FileCheck %s
# A parametric closure bound to a parameter of type
# `fn[width: Int](Int) capturing -> None`: the callee instantiates it with
# its own widths, by position or by the type's parameter name.

fn apply[func: fn[width: Int](Int) capturing -> None](n: Int):
    func[2](n)
    func[width=5](n + 1)


fn main():
    var trace = 0

    @parameter
    fn record[w: Int](i: Int):
        trace = trace * 100 + w * 10 + i

    apply[record](3)
    # CHECK: 2354
    print(trace)
