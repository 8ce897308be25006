# RUN: %mojoc parse --dump-ast %s | %FileCheck %s
# The dump shows decoded values, re-escaped.

# CHECK: StringLiteral {{.*}} "a\tb\n"
a = "a\tb\n"
# CHECK: StringLiteral {{.*}} "\\d+"
b = r"\d+"
# CHECK: StringLiteral {{.*}} "it's"
c = 'it\'s'
# CHECK: StringLiteral {{.*}} "line1\nline2"
d = """line1
line2"""
# CHECK: StringLiteral {{.*}} "A"
e = "\x41"
