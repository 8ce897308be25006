# RUN: %not %mojoc parse %s 2>&1 | %FileCheck %s --implicit-check-not=error:

# CHECK: {{.*}}lambda-errors.mojo:4:10: error: `lambda` is not supported; use a nested `fn`
sorted = lambda a, b: a < b
# CHECK: {{.*}}lambda-errors.mojo:6:7: error: `lambda` is not supported; use a nested `fn`
apply(lambda: 1, 2)
ok = 1
