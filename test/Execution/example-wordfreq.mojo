# RUN: %mojoc run %S/../../examples/wordfreq.mojo "The cat saw the CAT." "A cat's life: the end!" | %FileCheck %s
# RUN: %mojoc run %S/../../examples/wordfreq.mojo | %FileCheck --allow-empty --check-prefix=EMPTY %s
# examples/wordfreq.mojo: words of the program's arguments, lower-cased,
# without punctuation, sorted, each with its count.

# CHECK: a 1
# CHECK-NEXT: cat 2
# CHECK-NEXT: cat's 1
# CHECK-NEXT: end 1
# CHECK-NEXT: life 1
# CHECK-NEXT: saw 1
# CHECK-NEXT: the 3
# CHECK-NOT: {{.}}

# EMPTY-NOT: {{.}}
