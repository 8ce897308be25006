# RUN: %mojoc run %s | %FileCheck %s --implicit-check-not=skipped
# `and` and `or` evaluate their right operand only when needed. The function
# `probe` prints its name, so every call shows up in the output; no line
# containing "skipped" may appear.

fn probe(value: Bool, name: StringLiteral) -> Bool:
    print(name)
    return value

fn main():
    # CHECK: left-1
    # CHECK-NEXT: False
    print(probe(False, "left-1") and probe(True, "skipped-1"))
    # CHECK-NEXT: left-2
    # CHECK-NEXT: True
    print(probe(True, "left-2") or probe(True, "skipped-2"))
    # CHECK-NEXT: left-3
    # CHECK-NEXT: right-3
    # CHECK-NEXT: True
    print(probe(True, "left-3") and probe(True, "right-3"))
    # CHECK-NEXT: left-4
    # CHECK-NEXT: right-4
    # CHECK-NEXT: False
    print(probe(False, "left-4") or probe(False, "right-4"))
    # In a condition as well.
    if probe(False, "cond-left") and probe(True, "skipped-3"):
        print("skipped-4")
    # CHECK-NEXT: cond-left
    # CHECK-NEXT: done
    print("done")
