# RUN: %not %mojoc check --diagnostics-format=json %s 2>%t.err | %FileCheck %s
# RUN: %FileCheck %s --check-prefix=STDERR --allow-empty < %t.err
# Lexer and parser errors use the same JSON form, with their own ids, and
# nothing is printed on stderr in JSON mode.

fn main():
    var x = 0b12
    class Nope:
        pass

# CHECK: "id": "err_invalid_digit",
# CHECK: "line": 7,
# CHECK: "message": "invalid digit `2` in binary literal",
# CHECK: "severity": "error"
# CHECK: "id": "err_class_unsupported",
# CHECK: "line": 8,
# CHECK: "message": "`class` is not supported in Mojo; use `struct`",
# STDERR-NOT: error
