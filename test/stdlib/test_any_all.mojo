# `any` and `all` of vectors and lists.
from testing import assert_true, assert_false


def test_simd():
    assert_true(any(SIMD[DType.int32, 4](0, 0, 1, 0)))
    assert_false(all(SIMD[DType.int32, 4](0, 0, 1, 0)))
    assert_true(all(SIMD[DType.bool, 2](True, True)))
    assert_false(any(Float64(0)))


def test_list():
    assert_true(any(List[Bool](False, True)))
    assert_false(all(List[Int](1, 2, 0)))
    assert_true(all(List[Int]()))
