# RUN: %mojoc check -verify %s
# `IndexList` checks its sizes and positions at compile time.
from utils import IndexList


fn read[shape: IndexList[2]]():
    # expected-error@+1 {{cannot evaluate this at compile time: lane 5 of a vector of 2 lanes is out of range}}
    alias x = shape[5]
    # expected-note@* {{in this call of}}
    # expected-note@* {{in this call of}}
    # expected-note@* {{the evaluation stopped here}}
    print(x)


fn main():
    var b = IndexList[2](1, 2)
    _ = b.__getitem__[3]()  # expected-note {{in `IndexList[2, 64, False].__getitem__[3]`, instantiated here}}
    # expected-error@* {{constraint failed: IndexList position out of range}}
    read[IndexList[2](1, 2)]()
    _ = IndexList[2, element_bitwidth=12](1, 2)  # expected-note {{in `IndexList[2, 12, False].__init__`, instantiated here}}
    # expected-error@* {{constraint failed: an IndexList's element_bitwidth is 8, 16, 32 or 64}}
    # expected-note@* {{in `IndexList[2, 12, False]._check_parameters`, instantiated here}}
