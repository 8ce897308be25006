# RUN: %not %mojoc parse %s 2>&1 | %FileCheck %s --implicit-check-not=error:

# CHECK: {{.*}}unmatched-errors.mojo:4:1: error: unmatched `)`
)))))
# CHECK: {{.*}}unmatched-errors.mojo:6:9: error: unmatched `]`
x = f(1)]
# CHECK: {{.*}}unmatched-errors.mojo:9:9: error: expected `)` to close `(`, found `]`
# CHECK: {{.*}}unmatched-errors.mojo:9:6: note: `(` opened here
y = g(1 ]
z = 3
