# RUN: %mojoc parse --dump-ast %s | %FileCheck %s
# `def` arguments may be untyped.

# CHECK:      FuncDecl {{.*}} def add
# CHECK-NEXT:   ParamList ()
# CHECK-NEXT:     ParamDecl {{.*}} a{{$}}
# CHECK-NEXT:     ParamDecl {{.*}} b{{$}}
# CHECK-NEXT:       default: IntegerLiteral {{.*}} 1
# CHECK-NEXT:   Block
def add(a, b=1):
    return a + b

# CHECK: FuncDecl {{.*}} def main
def main():
    print(add(1, 2))
