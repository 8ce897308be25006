# RUN: %mojoc check -verify %s
# `each` takes a nested function whose parameter each element's type
# meets.


fn plain(x: Int):
    pass


fn not_nested[*Ts: Writable](*args: *Ts):
    args.each[plain]()  # expected-error {{not yet implemented: `each` of anything but a nested function `f[T: Trait](x: T)`, called with no arguments}}


fn no_function[*Ts: Writable](*args: *Ts):
    args.each[]()  # expected-error {{not yet implemented: `each` of anything but a nested function `f[T: Trait](x: T)`, called with no arguments}}


fn unmet[*Ts: Writable](*args: *Ts):
    @parameter
    fn one[T: Stringable](x: T):
        print(str(x))

    args.each[one]()  # expected-error {{cannot bind parameter `T` of `one` to `Text`: `Text` does not conform to `Stringable`: it has no method `__str__`}}


@value
struct Text(Writable):
    fn write_to[W: Writer](self, mut writer: W):
        writer.write("t")


fn main():
    not_nested(1)
    no_function(1)
    unmet(Text())
