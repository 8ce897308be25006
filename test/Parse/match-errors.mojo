# RUN: %not %mojoc parse %s 2>&1 | %FileCheck %s --implicit-check-not=error:
# `match` is an ordinary name, so a match statement is one syntax error; the
# block after the broken line is skipped without further reports.

# CHECK: {{.*}}match-errors.mojo:6:7: error: unexpected identifier `x` after a statement; expected a new line or `;`
match x:
    case 1:
        pass
    case _:
        pass
ok = 1
