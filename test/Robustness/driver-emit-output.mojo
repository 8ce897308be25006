# `-o` names the output of every `--emit` kind, the printed stages included.
# RUN: rm -rf %t && mkdir -p %t
# RUN: %mojoc build --emit=tokens %s -o %t/out.tokens
# RUN: %FileCheck %s --check-prefix=TOKENS < %t/out.tokens
# RUN: %mojoc build --emit=ast %s -o %t/out.ast
# RUN: %FileCheck %s --check-prefix=AST < %t/out.ast
# RUN: %mojoc build --emit=mlir %s -o %t/out.mlir
# RUN: %FileCheck %s --check-prefix=MLIR < %t/out.mlir
# RUN: %mojoc build --emit=mlir-lowered %s -o %t/out.lowered
# RUN: %FileCheck %s --check-prefix=LOWERED < %t/out.lowered
# RUN: %mojoc build --emit=llvm %s -o %t/out.ll
# RUN: %FileCheck %s --check-prefix=LLVM < %t/out.ll
# RUN: %mojoc build --emit=asm %s -o %t/out.s
# RUN: %FileCheck %s --check-prefix=ASM < %t/out.s
# RUN: %mojoc build --emit=obj %s -o %t/out.o
# RUN: test -s %t/out.o
# RUN: %mojoc build --emit=exe %s -o %t/out.exe
# RUN: %t/out.exe | %FileCheck %s --check-prefix=EXE
# Nothing went to standard output.
# RUN: %mojoc build --emit=llvm %s -o %t/quiet.ll | count 0

# TOKENS: print
# AST: main
# MLIR: __mojo_main
# LOWERED: llvm.func
# LLVM: define {{.*}}@__mojo_main
# ASM: __mojo_main:
# EXE: emitted

fn main():
    print("emitted")
