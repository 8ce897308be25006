# RUN: %not %mojoc check --diagnostics-format=json %s | %FileCheck %s
# In JSON, notes are nested in their error's "notes" array.

fn pair(a: Int, b: Int) -> Int:
    return a + b

fn main():
    pair(1)

# CHECK:      [
# CHECK-NEXT:   {
# CHECK-NEXT:     "column": 5,
# CHECK-NEXT:     "endColumn": 12,
# CHECK-NEXT:     "endLine": 8,
# CHECK-NEXT:     "file": "{{.*}}json-diagnostics-notes-errors.mojo",
# CHECK-NEXT:     "id": "err_no_matching_call",
# CHECK-NEXT:     "line": 8,
# CHECK-NEXT:     "message": "no matching function in call to `pair`",
# CHECK-NEXT:     "notes": [
# CHECK-NEXT:       {
# CHECK-NEXT:         "column": 4,
# CHECK-NEXT:         "endColumn": 8,
# CHECK-NEXT:         "endLine": 4,
# CHECK-NEXT:         "file": "{{.*}}json-diagnostics-notes-errors.mojo",
# CHECK-NEXT:         "id": "note_candidate_keyword",
# CHECK-NEXT:         "line": 4,
# CHECK-NEXT:         "message": "candidate not viable: missing argument `b`",
# CHECK-NEXT:         "notes": [],
# CHECK-NEXT:         "severity": "note"
# CHECK-NEXT:       }
# CHECK-NEXT:     ],
# CHECK-NEXT:     "severity": "error"
# CHECK-NEXT:   }
# CHECK-NEXT: ]
