"""`rebind`: a value seen as a type the checker cannot prove equal to its
own."""


@always_inline
fn rebind[
    src_type: AnyTrivialRegType, //, dest_type: AnyTrivialRegType
](src: src_type) -> dest_type:
    """`src` as a `dest_type`, which must have its layout once both types
    are known (`SIMD[type, width]` reached through two parameter paths);
    otherwise the instance is an error naming both types."""
    return __rebind_cast[dest_type](src)
