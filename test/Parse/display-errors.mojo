# RUN: %not %mojoc parse %s 2>&1 | %FileCheck %s --implicit-check-not=error:

# CHECK: {{.*}}display-errors.mojo:4:5: error: dict and set displays are not supported; use `Dict` or `Set`
d = {"a": 1, "b": {2}}
# CHECK: {{.*}}display-errors.mojo:6:10: error: dict and set displays are not supported; use `Dict` or `Set`
f(s, t = {1, 2}, u = 3)
# CHECK: {{.*}}display-errors.mojo:8:5: error: dict and set displays are not supported; use `Dict` or `Set`
e = {}
