# `mojoc run a.mojo` (no directory in the name) finds modules beside `a.mojo`,
# as `mojoc run ./a.mojo` does.
# RUN: cd %S/Inputs && %limit %mojoc run driver-import-main.mojo | %FileCheck %s
# RUN: cd %S/Inputs && %limit %mojoc check driver-import-main.mojo
# RUN: cd %S/Inputs && %limit %mojoc build driver-import-main.mojo -o %t.exe
# RUN: %t.exe | %FileCheck %s

# CHECK: 4242
