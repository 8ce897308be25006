# Each command has its own `--help`, listing the options it takes.
# RUN: %mojoc build --help | %FileCheck %s --check-prefix=BUILD
# RUN: %mojoc help build | %FileCheck %s --check-prefix=BUILD
# RUN: %mojoc run --help | %FileCheck %s --check-prefix=RUNHELP
# RUN: %mojoc check --help | %FileCheck %s --check-prefix=CHECK
# RUN: %mojoc parse --help | %FileCheck %s --check-prefix=PARSE
# RUN: %mojoc --help | %FileCheck %s --check-prefix=OVERVIEW
# After the file, `--help` belongs to the program being run.
# RUN: %mojoc run %s --help | %FileCheck %s --check-prefix=PROGRAM

# BUILD: USAGE: mojoc build [options] FILE
# BUILD: -o PATH
# BUILD: --emit=KIND
# RUNHELP: USAGE: mojoc run [options] FILE [program args...]
# RUNHELP-NOT: --emit
# CHECK: USAGE: mojoc check [options] FILE
# CHECK: -verify
# PARSE: USAGE: mojoc parse [options] FILE
# PARSE: --dump-ast
# OVERVIEW: COMMANDS:
# OVERVIEW: mojoc <command> --help
# PROGRAM: the program ran

fn main():
    print("the program ran")
