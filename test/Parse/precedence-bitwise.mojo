# RUN: %mojoc parse --dump-ast %s | %FileCheck %s
# From loosest to tightest: | ^ & << >> + -

# CHECK:      Binary {{.*}} '|'
# CHECK-NEXT:   Name {{.*}} a
# CHECK-NEXT:   Binary {{.*}} '^'
# CHECK-NEXT:     Name {{.*}} b
# CHECK-NEXT:     Binary {{.*}} '&'
# CHECK-NEXT:       Name {{.*}} c
# CHECK-NEXT:       Binary {{.*}} '<<'
# CHECK-NEXT:         Name {{.*}} d
# CHECK-NEXT:         Binary {{.*}} '+'
a | b ^ c & d << e + f

# CHECK:      Binary {{.*}} '>>'
# CHECK-NEXT:   Binary {{.*}} '<<'
a << b >> c

# CHECK:      Unary {{.*}} '~'
# CHECK-NEXT:   Unary {{.*}} '-'
# CHECK-NEXT:     Unary {{.*}} '+'
~-+a
