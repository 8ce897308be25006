# RUN: %not %mojoc parse %s 2>&1 | %FileCheck %s --implicit-check-not=error:

# CHECK: {{.*}}indented-block-errors.mojo:5:1: error: expected an indented block after `if` condition
if x:
print("not indented")

# CHECK: {{.*}}indented-block-errors.mojo:9:1: error: expected an indented block after the function signature
fn f():
fn g():
    pass
