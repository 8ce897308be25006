# RUN: %mojoc check -verify %s
# A package's modules are its members (`from sys import info`,
# `sys.info.is_x86()`); a name that is neither a declaration nor a module
# of the package is still an error.

from sys import info
from sys import nothing  # expected-error {{module `sys` has no member named `nothing`}}
import sys


fn main():
    _ = info.is_64bit()
    _ = sys.info.is_64bit()
    _ = sys.info.frob()  # expected-error {{`sys.info` has no member named `frob`}}
    _ = sys.nope  # expected-error {{`sys` has no member named `nope`}}
