"""Errors: raising, handling, cleaning up with `finally` and `with`."""


fn parse_digit(code: Int) raises -> Int:
    """The value of an ASCII digit; raises for any other character."""
    if code < 48 or code > 57:
        raise "not a digit"
    return code - 48


struct Timer:
    """A context manager: `__enter__` runs before the `with` body and
    `__exit__` after it, however the body ends."""

    var label: StringLiteral

    fn __init__(out self, label: StringLiteral):
        self.label = label

    fn __enter__(self) -> StringLiteral:
        print("start", self.label)
        return self.label

    fn __exit__(self):
        print("stop", self.label)


fn sum_digits(a: Int, b: Int) raises -> Int:
    # An error raised by either call leaves this function at once.
    return parse_digit(a) + parse_digit(b)


fn main():
    try:
        print("4 + 2 =", sum_digits(52, 50))
        print("4 + x =", sum_digits(52, 120))
    except e:
        print("error:", e)
    else:
        print("no error")
    finally:
        print("finally always runs")

    with Timer("work") as label:
        print("working on", label)
