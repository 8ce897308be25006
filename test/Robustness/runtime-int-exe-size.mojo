# Printing an Int must not link libstdc++'s float formatting tables (they made
# this executable 205 KB instead of about 18 KB).
# RUN: %mojoc build %s -o %t.exe
# RUN: %t.exe | %FileCheck %s
# RUN: %python -c "import os, sys; size = os.path.getsize(sys.argv[1]); print(size); sys.exit(size > 64 * 1024)" %t.exe

# CHECK: -9223372036854775808
# CHECK-NEXT: 42

fn main():
    print(-9223372036854775807 - 1)
    print(42)
