# `Error`: literal and owned messages.
from testing import assert_equal, assert_true, assert_false


fn fail(n: Int) raises:
    raise Error("n was " + str(n))


def test_owned_message():
    try:
        fail(3)
    except e:
        assert_equal(str(e), "n was 3")
        assert_equal(repr(e), "Error('n was 3')")
        var copy = e
        assert_equal(str(copy), "n was 3")


def test_literal_message():
    try:
        raise "plain"
    except e:
        assert_equal(str(e), "plain")
        assert_true(e)
    assert_false(Error())
