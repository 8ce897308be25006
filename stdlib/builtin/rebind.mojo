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


@always_inline
fn rebind[
    src_type: AnyType, //, dest_type: AnyType
](ref src: src_type) -> ref [src] dest_type:
    """`src` itself, seen as a `dest_type`: a place, never a copy, for
    values that are not trivial (a struct with a destructor). Nothing
    checks the layouts: `dest_type` must be `src_type` spelled otherwise."""
    return __get_address_as_lvalue[dest_type](__get_lvalue_as_address(src))
