# RUN: %not %mojoc parse %s 2>&1 | %FileCheck %s --implicit-check-not=error:

# CHECK: {{.*}}comprehension-errors.mojo:4:18: error: comprehensions are not supported; use a `for` loop
squares = [x * x for x in range(10)]
# CHECK: {{.*}}comprehension-errors.mojo:6:12: error: comprehensions are not supported; use a `for` loop
total = (x for x in l)
# CHECK: {{.*}}comprehension-errors.mojo:8:13: error: comprehensions are not supported; use a `for` loop
print(sum(x for x in l), 1)
after = [1, 2]
