# RUN: %mojoc check -verify %s
# A `@register_passable` value moves as bits, so it may not define
# `__moveinit__`; a trivial one is copied and destroyed as bits too, so it
# may define none of the lifecycle members but `__init__`.

@register_passable
struct Handle:
    var fd: Int

    fn __init__(out self, fd: Int):
        self.fd = fd

    fn __copyinit__(out self, existing: Self):
        self.fd = existing.fd

    fn __moveinit__(out self, owned existing: Self):  # expected-error {{`@register_passable` type `Handle` cannot define `__moveinit__`: its values move as bits}}
        self.fd = existing.fd

@register_passable("trivial")
struct Bits:
    var value: Int

    fn __init__(out self, value: Int):
        self.value = value

    fn __del__(owned self):  # expected-error {{`@register_passable("trivial")` type `Bits` cannot define `__del__`: its values are copied, moved and destroyed as bits}}
        pass

fn main():
    var h = Handle(1)
    var b = Bits(2)
    print(h.fd, b.value)
