# RUN: %not %mojoc parse %s 2>&1 | %FileCheck %s --implicit-check-not=error:
# `class` is reported once; the body still parses as a struct's.

# CHECK: {{.*}}class-errors.mojo:5:1: error: `class` is not supported in Mojo; use `struct`
class Point:
    var x: Int

    fn norm(self) -> Int:
        return self.x
