# RUN: %mojoc run %s | %FileCheck %s --match-full-lines --strict-whitespace
# String literal forms: both quote styles, escapes, raw strings, triple
# quotes, and adjacent literals joined at compile time.

fn main():
    # CHECK:single and double
    print('single', "and", 'double')
    # CHECK-NEXT:tab	end
    print("tab\tend")
    # CHECK-NEXT:back\slash "quoted" 'too'
    print("back\\slash \"quoted\" \'too\'")
    # CHECK-NEXT:line one
    # CHECK-NEXT:line two
    print("line one\nline two")
    # CHECK-NEXT:raw \n stays
    print(r"raw \n stays")
    # CHECK-NEXT:hex A
    print("hex \x41")
    # CHECK-NEXT:adjacent literals
    print("adjacent " "literals")
    # CHECK-NEXT:triple
    # CHECK-NEXT:quoted
    print("""triple
quoted""")
    # CHECK-EMPTY:
    print("")
