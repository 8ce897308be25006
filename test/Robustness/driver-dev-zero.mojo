# An endless input (/dev/zero) stops at the size limit with one error instead
# of being read forever; a binary file is one error, not one per byte.
# RUN: %not %limit %mojoc check /dev/zero 2>&1 | %FileCheck %s --check-prefix=ZERO
# RUN: %python -c "import sys; sys.stdout.buffer.write(bytes(range(256)) * 64)" > %t.bin
# RUN: %not %limit %mojoc check %t.bin 2>&1 | %FileCheck %s --check-prefix=BINARY
# RUN: %not %limit %mojoc check %S 2>&1 | %FileCheck %s --check-prefix=DIR

# ZERO: mojoc: error: cannot open `/dev/zero`: it is larger than 64 MiB, the limit for a source file
# ZERO-NOT: error
# BINARY: driver-dev-zero.mojo.tmp.bin:1:1: error: `{{.*}}.bin` is not a text file: it contains a NUL byte
# BINARY-NOT: error
# DIR: error: cannot open `{{.*}}`: it is a directory
