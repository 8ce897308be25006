# RUN: %mojoc build --emit=tokens %s | %FileCheck %s
# Blocks become INDENT/DEDENT; brackets suppress NEWLINE; a deeper line after
# a line not ending in `:` continues the statement.

fn f(a: Int,
     b: Int):
    var s = "one "
            "two"
    return

# CHECK: kw_fn 'fn' 5:1
# CHECK: identifier 'a' 5:6
# CHECK-NOT: newline
# CHECK: identifier 'b' 6:6
# CHECK: colon ':' 6:13
# CHECK-NEXT: newline '' 6:14
# CHECK-NEXT: indent '' 7:5
# CHECK: string '\"one \"' 7:13
# CHECK-NEXT: string '\"two\"' 8:13
# CHECK-NEXT: newline
# CHECK-NEXT: kw_return 'return' 9:5
# CHECK-NEXT: newline
# CHECK-NEXT: dedent
# CHECK: eof
