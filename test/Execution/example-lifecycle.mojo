# RUN: %mojoc run %S/../../examples/lifecycle.mojo | %FileCheck --match-full-lines --strict-whitespace %s
# The lifecycle example (examples/lifecycle.mojo) prints exactly this, in this order.

# CHECK:1. a value dies right after its last use, not at the end of main
# CHECK-NEXT:  init a
# CHECK-NEXT:  borrow a
# CHECK-NEXT:  del a
# CHECK-NEXT:   (a is gone already)
# CHECK-NEXT:2. `var c = b` copies; both values are destroyed
# CHECK-NEXT:  init b
# CHECK-NEXT:  copy b (copy)
# CHECK-NEXT:  borrow b
# CHECK-NEXT:  del b
# CHECK-NEXT:  borrow b (copy)
# CHECK-NEXT:  del b (copy)
# CHECK-NEXT:3. `^` moves: one value, destroyed once, by its new owner
# CHECK-NEXT:  init d
# CHECK-NEXT:  move d
# CHECK-NEXT:  consume d
# CHECK-NEXT:  del d
# CHECK-NEXT:4. without `^`, an `owned` argument gets a copy
# CHECK-NEXT:  init e
# CHECK-NEXT:  copy e (copy)
# CHECK-NEXT:  consume e (copy)
# CHECK-NEXT:  del e (copy)
# CHECK-NEXT:  borrow e
# CHECK-NEXT:  del e
# CHECK-NEXT:5. a temporary lives until the end of the call that uses it
# CHECK-NEXT:  init t
# CHECK-NEXT:  borrow t
# CHECK-NEXT:  del t
# CHECK-NEXT:6. returning a local moves it out
# CHECK-NEXT:  init f
# CHECK-NEXT:  move f
# CHECK-NEXT:  borrow f
# CHECK-NEXT:  del f
# CHECK-NEXT:7. assigning destroys the old value after its last use
# CHECK-NEXT:  init g1
# CHECK-NEXT:  borrow g1
# CHECK-NEXT:  del g1
# CHECK-NEXT:  init g2
# CHECK-NEXT:  borrow g2
# CHECK-NEXT:  del g2
# CHECK-NEXT:done
# CHECK-NOT:{{.}}
