# RUN: %mojoc parse --dump-ast %s | %FileCheck %s
# The MLIR escape hatches are ordinary members, subscripts and calls; the
# backticks are not part of the names.

# CHECK:      Call
# CHECK-NEXT:   Subscript
# CHECK-NEXT:     Member {{.*}} .index.add
# CHECK-NEXT:       Name {{.*}} __mlir_op
# CHECK-NEXT:     _type= Member {{.*}} .index
# CHECK-NEXT:       Name {{.*}} __mlir_type
# CHECK-NEXT:   Name {{.*}} a
# CHECK-NEXT:   Name {{.*}} b
r = __mlir_op.`index.add`[_type = __mlir_type.index](a, b)

# CHECK: Member {{.*}} .!llvm.ptr
alias P = __mlir_type.`!llvm.ptr`

# CHECK:      Subscript
# CHECK-NEXT:   Name {{.*}} __mlir_type
# CHECK-NEXT:   Name {{.*}} !pop.simd<
# CHECK-NEXT:   Member {{.*}} .value
# CHECK-NEXT:     Name {{.*}} size
# CHECK-NEXT:   Name {{.*}} , 
alias V = __mlir_type[`!pop.simd<`, size.value, `, `, type.value, `>`]

# CHECK: Member {{.*}} .#index<cmp_predicate slt>
alias A = __mlir_attr.`#index<cmp_predicate slt>`
