# RUN: %mojoc run %s | %FileCheck %s
# A user-written higher-order function in the style of the stdlib's: an
# infer-only `origins: OriginSet` and a `capturing [origins]` list, which
# are accepted (origins are not tracked yet), and a second parametric
# function the closure is passed on to.

fn each_width[
    origins: OriginSet, //,
    func: fn[width: Int](Int) capturing [origins] -> None,
](n: Int):
    func[1](n)
    pass_on[func](n)


fn pass_on[
    origins: OriginSet, //,
    f: fn[w: Int](Int) capturing [origins] -> None,
](n: Int):
    f[16](n)


fn main():
    var widths = 0
    var items = 0

    @parameter
    fn body[w: Int](i: Int):
        widths += w
        items += i

    each_width[body](7)
    # CHECK: 17 14
    print(widths, items)
