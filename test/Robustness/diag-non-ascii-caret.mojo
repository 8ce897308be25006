# The caret lines up under a line with non-ASCII text: columns count display
# cells (`é` is one, `漢` is two), not bytes, and the caret line is not
# dropped. The column in the location still counts bytes, like clang's.
# RUN: %not %mojoc check %s 2>&1 | %FileCheck %s --strict-whitespace

fn main():
    var s = "héllo 漢字"; print(undefined_x)

# CHECK: diag-non-ascii-caret.mojo:7:36: error: use of undeclared name `undefined_x`
# CHECK-NEXT: {{^}}    var s = "héllo 漢字"; print(undefined_x){{$}}
# CHECK-NEXT: {{^}}                                ^~~~~~~~~~~{{$}}
