# RUN: %not %mojoc check --diagnostics-format=json %s | %FileCheck %s
# With --diagnostics-format=json, diagnostics are one JSON array on stdout,
# each with its stable id, severity, message and source range.

fn main():
    print(missing)
    var n: Int = "text"

# CHECK:      [
# CHECK-NEXT:   {
# CHECK-NEXT:     "column": 11,
# CHECK-NEXT:     "endColumn": 18,
# CHECK-NEXT:     "endLine": 6,
# CHECK-NEXT:     "file": "{{.*}}json-diagnostics-errors.mojo",
# CHECK-NEXT:     "id": "err_undeclared_name",
# CHECK-NEXT:     "line": 6,
# CHECK-NEXT:     "message": "use of undeclared name `missing`",
# CHECK-NEXT:     "notes": [],
# CHECK-NEXT:     "severity": "error"
# CHECK-NEXT:   },
# CHECK-NEXT:   {
# CHECK-NEXT:     "column": 18,
# CHECK-NEXT:     "endColumn": 24,
# CHECK-NEXT:     "endLine": 7,
# CHECK-NEXT:     "file": "{{.*}}json-diagnostics-errors.mojo",
# CHECK-NEXT:     "id": "err_cannot_convert",
# CHECK-NEXT:     "line": 7,
# CHECK-NEXT:     "message": "cannot implicitly convert `StringLiteral` value to `Int`",
# CHECK-NEXT:     "notes": [],
# CHECK-NEXT:     "severity": "error"
# CHECK-NEXT:   }
# CHECK-NEXT: ]
