"""`swap`: exchanges two values in place."""

from memory.unsafe_pointer import UnsafePointer


fn swap[T: Movable](mut lhs: T, mut rhs: T):
    """Exchanges the values of `lhs` and `rhs`, each moved once."""
    var a = UnsafePointer.address_of(lhs)
    var b = UnsafePointer.address_of(rhs)
    var tmp = a.take_pointee()
    a.init_pointee_move(b.take_pointee())
    b.init_pointee_move(tmp^)
