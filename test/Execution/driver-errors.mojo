# RUN: %not %mojoc frob %s 2>&1 | %FileCheck %s --check-prefix=UNKNOWN
# RUN: %not %mojoc run %s.missing 2>&1 | %FileCheck %s --check-prefix=MISSING
# RUN: %mojoc %s | %FileCheck %s
# `mojoc FILE.mojo` runs it; an unknown command or a missing file is an
# error that names the problem.

# UNKNOWN: mojoc: error: unknown command `frob`
# MISSING: mojoc: error: cannot open `{{.*}}.missing`: no such file or directory

fn main():
    # CHECK: ran
    print("ran")
