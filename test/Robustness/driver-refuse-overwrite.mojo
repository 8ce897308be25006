# `build` never writes over its input: not for a source without an extension
# (whose default output name is the source's own), nor when `-o` names it.
# RUN: rm -rf %t && mkdir -p %t
# RUN: cp %s %t/prog
# RUN: cd %t && %not %mojoc build prog 2>&1 | %FileCheck %s --check-prefix=STEM
# RUN: %not %mojoc build %t/prog -o %t/prog 2>&1 | %FileCheck %s --check-prefix=OUT
# RUN: %not %mojoc build --emit=llvm %t/prog -o %t/./prog 2>&1 | %FileCheck %s --check-prefix=OUT
# RUN: %not %mojoc build --emit=asm %t/prog -o %t/prog 2>&1 | %FileCheck %s --check-prefix=OUT
# The source is intact, and still builds under another name.
# RUN: %FileCheck %s --check-prefix=SOURCE < %t/prog
# RUN: %mojoc build %t/prog -o %t/prog.exe
# RUN: %t/prog.exe | %FileCheck %s --check-prefix=EXE

# STEM: mojoc: error: output file `prog` is the input file; name another output with `-o`
# OUT: mojoc: error: output file `{{.*}}prog` is the input file
# SOURCE: print("still here")
# EXE: still here

fn main():
    print("still here")
