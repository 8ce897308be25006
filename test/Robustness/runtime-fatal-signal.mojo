# A fault other than a stack overflow is named too (here an integer division
# by zero, SIGFPE), after the output printed before it, under the JIT and as
# a built executable; the JIT's crash is never reported as mojoc's own.
# -O0 and a divisor from a function that is not inlined keep the division
# from being folded away.
# RUN: %not --crash %limit %mojoc run -O0 %s > %t.run.out 2> %t.run.err
# RUN: %FileCheck --check-prefix=OUT %s < %t.run.out
# RUN: %FileCheck --check-prefix=ERR %s < %t.run.err
# RUN: %mojoc build -O0 %s -o %t.exe
# RUN: %not --crash %limit %t.exe > %t.exe.out 2> %t.exe.err
# RUN: %FileCheck --check-prefix=OUT %s < %t.exe.out
# RUN: %FileCheck --check-prefix=ERR %s < %t.exe.err

# OUT: printed before the fault
# ERR-NOT: {{PLEASE|Stack dump|mojoc crashed}}
# ERR: fatal error: integer division by zero (SIGFPE)
# ERR-NOT: {{PLEASE|Stack dump|mojoc crashed}}

@no_inline
fn opaque_zero() -> Int:
    return 0


fn main():
    print("printed before the fault")
    var zero = opaque_zero()
    var seven = 7
    print(Int(__mlir_op.`index.divs`[_type = __mlir_type.index](seven.value, zero.value)))
