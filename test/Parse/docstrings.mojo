# RUN: %mojoc parse --dump-ast %s | %FileCheck %s
"""Module docs.

More lines."""

# CHECK: Module doc="Module docs.\n\nMore lines."
# CHECK: FuncDecl {{.*}} fn f doc="Adds one.\n\n    Args:\n        x: A number.\n    "
fn f(x: Int) -> Int:
    """Adds one.

    Args:
        x: A number.
    """
    # The docstring is not a statement of the body.
    # CHECK-NEXT: ParamList ()
    # CHECK:      Block
    # CHECK-NEXT:   ReturnStmt
    return x + 1

# Only the first string is a docstring; later ones are no-op statements.
# CHECK:      FuncDecl {{.*}} fn g doc="First."
# CHECK:        Block
# CHECK-NEXT:     ExprStmt
# CHECK-NEXT:       StringLiteral {{.*}} "Second."
fn g():
    "First."
    "Second."
