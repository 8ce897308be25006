"""Values and ownership: when Mojo copies, moves and destroys a value.

Run it with `mojoc run examples/lifecycle.mojo`. Each lifecycle method of
`Tracked` prints a line, so the output shows exactly when each runs.
"""


struct Tracked:
    """A value that reports its own lifecycle."""

    var name: StringLiteral
    var is_copy: Bool

    fn __init__(out self, name: StringLiteral):
        self.name = name
        self.is_copy = False
        self.report("init")

    # `var b = a`, or passing `a` to an `owned` argument, copies it.
    fn __copyinit__(out self, existing: Self):
        self.name = existing.name
        self.is_copy = True
        self.report("copy")

    # `a^` moves it: the old variable is no longer usable and is never
    # destroyed; only the new owner is.
    fn __moveinit__(out self, owned existing: Self):
        self.name = existing.name
        self.is_copy = existing.is_copy
        self.report("move")

    # Runs once per value, right after its last use.
    fn __del__(owned self):
        self.report("del")

    fn report(self, event: StringLiteral):
        if self.is_copy:
            print(" ", event, self.name, "(copy)")
        else:
            print(" ", event, self.name)


fn borrow(t: Tracked):
    """A `read` argument (the default) borrows: no copy, no destruction."""
    t.report("borrow")


fn consume(owned t: Tracked):
    """An `owned` argument belongs to the callee, which destroys it."""
    t.report("consume")


fn make(name: StringLiteral) -> Tracked:
    var t = Tracked(name)
    return t  # returning a local moves it to the caller


fn main():
    print("1. a value dies right after its last use, not at the end of main")
    var a = Tracked("a")
    borrow(a)
    print("   (a is gone already)")

    print("2. `var c = b` copies; both values are destroyed")
    var b = Tracked("b")
    var c = b
    borrow(b)
    borrow(c)

    print("3. `^` moves: one value, destroyed once, by its new owner")
    var d = Tracked("d")
    consume(d^)

    print("4. without `^`, an `owned` argument gets a copy")
    var e = Tracked("e")
    consume(e)
    borrow(e)

    print("5. a temporary lives until the end of the call that uses it")
    borrow(Tracked("t"))

    print("6. returning a local moves it out")
    var f = make("f")
    borrow(f)

    print("7. assigning destroys the old value after its last use")
    var g = Tracked("g1")
    borrow(g)
    g = Tracked("g2")
    borrow(g)
    print("done")
