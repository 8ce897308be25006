# RUN: %not %mojoc parse %s 2>&1 | %FileCheck %s --implicit-check-not=error:

# CHECK: {{.*}}expected-expression-errors.mojo:4:8: error: expected expression, found end of line
x = 1 +
# CHECK: {{.*}}expected-expression-errors.mojo:6:5: error: expected expression, found `*`
y = * 2
# CHECK: {{.*}}expected-expression-errors.mojo:8:13: error: expected expression, found `)`
z = f(1, 2 +)
# CHECK: {{.*}}expected-expression-errors.mojo:10:11: error: expected `else` in a conditional expression, found end of line
w = a if b
# CHECK: {{.*}}expected-expression-errors.mojo:12:3: error: expected a member name after `.`, found `(`
v.(x)
