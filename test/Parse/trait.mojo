# RUN: %mojoc parse --dump-ast %s | %FileCheck %s

# CHECK:      TraitDecl {{.*}} Shape
# CHECK-NEXT:   FuncDecl {{.*}} fn area stub
# CHECK:        FuncDecl {{.*}} fn kind stub
# CHECK-NEXT:     Decorator {{.*}} staticmethod
trait Shape:
    fn area(self) -> Float64: ...
    @staticmethod
    fn kind() -> String:
        ...

# Parents, and an associated alias without a value.
# CHECK:      TraitDecl {{.*}} Solid doc="Solids."
# CHECK-NEXT:   trait: Name {{.*}} Shape
# CHECK-NEXT:   trait: Name {{.*}} Movable
# CHECK-NEXT:   AliasDecl {{.*}} faces
# CHECK-NEXT:     type: Name {{.*}} Int
# CHECK-NEXT:   FuncDecl {{.*}} fn __init__ stub
trait Solid(Shape, Movable):
    """Solids."""
    alias faces: Int
    fn __init__(out self): ...

# CHECK:      TraitDecl {{.*}} Both
# CHECK-NEXT:   trait: Name {{.*}} A
# CHECK-NEXT:   trait: Name {{.*}} B
trait Both(A, B): pass
