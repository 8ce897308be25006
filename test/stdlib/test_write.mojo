# utils.write: write_args, and String.write of a pack passed on whole.
from testing import assert_equal
from utils import write_args


fn _joined[*Ts: Writable](*args: *Ts) -> String:
    var out = String()
    write_args(out, args, sep=" ", end="\n")
    return out


fn _built[*Ts: Writable](*args: *Ts) -> String:
    return String.write(args, sep="+", end="=")


def test_write_args():
    assert_equal(_joined(1, "a", True), "1 a True\n")
    assert_equal(_joined(), "\n")


def test_string_write_of_a_pack():
    assert_equal(_built(1, 2), "1+2=")
    assert_equal(_built(), "=")


def test_string_write_of_values():
    assert_equal(String.write(1, ", ", 2.5), "1, 2.5")
    assert_equal(String.write("x", sep="-", end="!"), "x!")
