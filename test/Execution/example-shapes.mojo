# RUN: %mojoc run %S/../../examples/shapes.mojo | %FileCheck --match-full-lines --strict-whitespace %s
# The shapes example (examples/shapes.mojo) prints exactly this.

# CHECK:a square with 4 sides has area 9
# CHECK-NEXT:a triangle with 3 sides has area 10
# CHECK-NEXT:a square with 4 sides has area 25
# CHECK-NEXT:the pair covers 19 with 7 sides
