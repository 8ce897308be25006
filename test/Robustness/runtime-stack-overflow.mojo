# Unbounded recursion: the program dies of SIGSEGV, but first writes out what
# it printed (stdout is a file here, so fully buffered) and names the fault
# on stderr, both under the JIT (without the compiler's crash report) and as
# a built executable.
# RUN: %not --crash %limit %mojoc run %s > %t.run.out 2> %t.run.err
# RUN: %FileCheck --check-prefix=OUT %s < %t.run.out
# RUN: %FileCheck --check-prefix=ERR %s < %t.run.err
# RUN: %mojoc build %s -o %t.exe
# RUN: %not --crash %limit %t.exe > %t.exe.out 2> %t.exe.err
# RUN: %FileCheck --check-prefix=OUT %s < %t.exe.out
# RUN: %FileCheck --check-prefix=ERR %s < %t.exe.err

# OUT: printed before the crash
# ERR-NOT: {{PLEASE|Stack dump|mojoc crashed}}
# ERR: fatal error: stack overflow (SIGSEGV)
# ERR-NOT: {{PLEASE|Stack dump|mojoc crashed}}

fn recurse(n: Int) -> Int:
    # Two calls, so that no optimization turns the recursion into a loop.
    var a = recurse(n + 1)
    var b = recurse(n + 2)
    return a * b


fn main():
    print("printed before the crash")
    print(recurse(0))
