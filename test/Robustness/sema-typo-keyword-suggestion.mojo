# RUN: not %mojoc check %s 2>&1 | %FileCheck %s
# An unknown keyword argument suggests the closest parameter of the callee,
# an abbreviation included: for `print`, `seperator=` means `sep=`.

fn main():
    # CHECK: error: no matching function in call to `print`
    # CHECK: note: candidate not viable: no parameter named `seperator`; did you mean `sep`?
    print("a", "b", seperator=",")
