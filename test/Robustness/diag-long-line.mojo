# A 200 KB line with an error in every statement: each diagnostic shows a
# window of the line around its caret, cut with `...`, and the error limit
# stops the rest, so the output stays small (it was 21 MB).
# RUN: %python %S/Inputs/diag-long-line.py 20000 > %t.mojo
# RUN: %not %limit %mojoc check %t.mojo 2> %t.err
# RUN: %FileCheck %s --strict-whitespace < %t.err
# RUN: %python -c "import os, sys; size = os.path.getsize(sys.argv[1]); print(size); sys.exit(size > 64 * 1024)" %t.err

# CHECK: .tmp.mojo:2:11: error: use of undeclared name `u0`
# CHECK-NEXT: {{^}}    print(u0); print(u1); print(u2); print(u3); print(u4); print(u5); print(u6); print(u7); print(u8); print(u9); ...{{$}}
# CHECK-NEXT: {{^}}          ^~{{$}}
# CHECK: .tmp.mojo:2:{{[0-9]+}}: error: use of undeclared name `u40`
# CHECK-NEXT: {{^}}...{{.*}}print(u40);{{.*}}...{{$}}
# CHECK: error: too many errors emitted, stopping now
# CHECK-NOT: use of undeclared name
