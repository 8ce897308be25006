# RUN: %mojoc run %s | %FileCheck %s
# Equal values hash equal across the types that hold them: the string
# types hash their bytes, integers their value, floats their value.
from utils import StringRef

fn key[K: KeyElement](k: K) -> UInt:
    return hash(k)

fn main():
    var s = String("key")
    # CHECK: True True True
    print(hash(s) == hash("key"), hash(s) == hash(s.as_string_slice()), hash(s) == hash(StringRef("key")))
    # CHECK-NEXT: True True True True
    print(hash(5) == hash(UInt(5)), hash(Int16(-3)) == hash(-3), hash(True) == hash(1), hash(Float64(-0.0)) == hash(Float64(0.0)))
    # CHECK-NEXT: False False
    print(hash("a") == hash("b"), hash(1) == hash(2))
    # CHECK-NEXT: True True
    print(key(7) == hash(7), key(s) == hash("key"))
