# RUN: %mojoc run %s | %FileCheck %s
# `Writer` and `Writable` in their 24.6 shape: `write_bytes(Span[Byte, _])`
# and `write[*Ts](*args)`. A struct writes itself with `writer.write`; a
# custom writer receives the bytes `print` would send; `print` takes
# `sep`, `end` and `file`.

from memory.span import Span


@value
struct Point(Writable):
    var x: Int
    var y: Int

    fn write_to[W: Writer](self, mut writer: W):
        writer.write("(", self.x, ", ", self.y, ")")


struct Counter(Writer):
    """Counts the bytes written to it."""

    var bytes: Int

    fn __init__(out self):
        self.bytes = 0

    fn write_bytes(mut self, bytes: Span[Byte, _]):
        self.bytes += len(bytes)

    fn write[*Ts: Writable](mut self, *args: *Ts):
        @parameter
        for i in range(args.__len__()):
            args[i].write_to(self)


fn main():
    var p = Point(1, -2)
    # CHECK: (1, -2)
    print(p)
    var counter = Counter()
    counter.write(p, "abc", 12345)
    # CHECK-NEXT: 15
    print(counter.bytes)
    # CHECK-NEXT: (1, -2) and 2.5
    print(String.write(p, " and ", 2.5))
    var s = String()
    s.write(p, ";")
    p.write_to(s)
    # CHECK-NEXT: (1, -2);(1, -2)
    print(s)
    # CHECK-NEXT: a-b-c.
    print("a", "b", "c", sep="-", end=".\n")
    # CHECK-NEXT: to stdout
    print("to stdout", file=FileDescriptor(1))
