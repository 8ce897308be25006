# RUN: %mojoc parse --dump-ast %s | %FileCheck %s
# Any decorator name is accepted here; Sema decides which exist.

# CHECK:      FuncDecl <10:1, 14:8> fn f
# CHECK-NEXT:   Decorator <10:1, 10:25> always_inline ()
# CHECK-NEXT:     StringLiteral {{.*}} "nodebug"
# CHECK-NEXT:   Decorator <11:1, 11:14> export ()
# CHECK-NEXT:   StringLiteral {{.*}} "sym"
# CHECK-NEXT:   Decorator <12:1, 12:10> no_inline{{$}}
@always_inline("nodebug")
@export("sym")
@no_inline
fn f():
    pass

fn outer(x: Int, y: Int) -> Int:
    # CHECK:      FuncDecl {{.*}} fn inner
    # CHECK-NEXT:   Decorator {{.*}} parameter{{$}}
    # CHECK-NEXT:   Decorator {{.*}} __copy_capture ()
    # CHECK-NEXT:     Name {{.*}} x
    # CHECK-NEXT:     Name {{.*}} y
    @parameter
    @__copy_capture(x, y)
    fn inner() -> Int:
        return x + y
    return inner()

# CHECK:      StructDecl {{.*}} Lit
# CHECK-NEXT:   Decorator {{.*}} nonmaterializable ()
# CHECK-NEXT:     Name {{.*}} Int
# CHECK:      FuncDecl {{.*}} fn old
# CHECK-NEXT:   Decorator {{.*}} deprecated ()
# CHECK-NEXT:     StringLiteral {{.*}} "use new"
# CHECK:      FuncDecl {{.*}} fn custom
# CHECK-NEXT:   Decorator {{.*}} my.decorator{{$}}
@nonmaterializable(Int)
struct Lit:
    @deprecated("use new")
    fn old(self): pass
@my.decorator
fn custom(): pass
