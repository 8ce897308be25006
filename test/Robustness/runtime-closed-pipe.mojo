# A program whose reader goes away (`mojoc run prog | head -1`) ends
# instead of hanging: exiting from inside a write (LLVM's SIGPIPE handler
# under the JIT) must not wait for the output lock that write holds. The
# JIT exits with LLVM's 74, a built executable dies of SIGPIPE (141); a
# hang would be the timeout's 124.
# RUN: bash -c '%limit %mojoc run %s | head -1; echo "status ${PIPESTATUS[0]}"' | %FileCheck %s
# RUN: %mojoc build %s -o %t.exe
# RUN: bash -c '%limit %t.exe | head -1; echo "status ${PIPESTATUS[0]}"' | %FileCheck %s

# CHECK: 0
# CHECK-NEXT: status {{74|141}}
fn main():
    for i in range(1000000):
        print(i)
