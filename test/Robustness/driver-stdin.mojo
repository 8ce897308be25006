# `-` reads the program from standard input (within the same size limit as a
# file), and its diagnostics name it `<stdin>`.
# RUN: cat %s | %limit %mojoc run - | %FileCheck %s
# RUN: %python -c "print('fn main():'); print('    print(undeclared)')" | %not %mojoc check - 2>&1 | %FileCheck %s --check-prefix=ERR

# CHECK: read from stdin
# ERR: <stdin>:2:11: error: use of undeclared name `undeclared`

fn main():
    print("read from stdin")
