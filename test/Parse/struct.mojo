# RUN: %mojoc parse --dump-ast %s | %FileCheck %s

# CHECK:      StructDecl <{{.*}}> Vec2 doc="A 2-D vector."
# CHECK-NEXT:   Decorator {{.*}} value{{$}}
# CHECK-NEXT:   Decorator {{.*}} register_passable ()
# CHECK-NEXT:     StringLiteral {{.*}} "trivial"
# CHECK-NEXT:   ParamList []
# CHECK-NEXT:     ParamDecl {{.*}} T
# CHECK:        trait: Name {{.*}} EqualityComparable
# CHECK-NEXT:   trait: Name {{.*}} Stringable
@value
@register_passable("trivial")
struct Vec2[T: AnyType](EqualityComparable, Stringable):
    """A 2-D vector."""
    # CHECK-NEXT:   VarDecl {{.*}} x field
    # CHECK-NEXT:     type: Name {{.*}} Float64
    # CHECK-NEXT:   VarDecl {{.*}} y field
    var x: Float64
    var y: Float64
    # CHECK:        AliasDecl {{.*}} ORIGIN
    alias ORIGIN = Vec2(0, 0)

    # CHECK:        FuncDecl {{.*}} fn __init__
    # CHECK-NEXT:     ParamList ()
    # CHECK-NEXT:       ParamDecl {{.*}} self out
    fn __init__(out self, both: Float64):
        self.x = both
        self.y = both

    # CHECK:        FuncDecl {{.*}} fn kind
    # CHECK-NEXT:     Decorator {{.*}} staticmethod
    @staticmethod
    fn kind() -> String:
        return "vec"

# A struct without traits or body content.
# CHECK:      StructDecl {{.*}} Empty{{$}}
# CHECK-NEXT: StructDecl
struct Empty:
    pass
struct Other: ...
