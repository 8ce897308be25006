# RUN: %not %mojoc parse %s 2>&1 | %FileCheck %s --implicit-check-not=error:
# Only `r` prefixes a string; there are no f-strings and no bytes literals.

# CHECK: {{.*}}string-prefix-errors.mojo:5:5: error: string prefix `f` is not supported; only `r` (raw) is allowed
s = f"{x}"
# CHECK: {{.*}}string-prefix-errors.mojo:7:7: error: string prefix `b` is not supported; only `r` (raw) is allowed
print(b"raw bytes")
r = r"\d"
# A name followed by a space and a string is a different mistake.
# CHECK: {{.*}}string-prefix-errors.mojo:11:7: error: unexpected string literal after a statement; expected a new line or `;`
t = f "x"
