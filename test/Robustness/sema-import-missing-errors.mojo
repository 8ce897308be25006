# RUN: %mojoc check -verify %s
# An import of a missing module or member is an error at the import, even
# when nothing it names is used; a use of such a name reports nothing more.

from no_such_module import bar  # expected-error {{unable to locate module `no_such_module`}}
from sys import no_such_member, exit  # expected-error {{module `sys` has no member named `no_such_member`}}
import no_such_package.sub  # expected-error {{unable to locate module `no_such_package.sub`}}
from sys import Int  # expected-error {{module `sys` has no member named `Int`}}
from also_missing import *  # expected-error {{unable to locate module `also_missing`}}
import unused_missing  # expected-error {{unable to locate module `unused_missing`}}

fn main():
    bar()
    bar()
    no_such_member()
    no_such_package.sub.f()
    exit(0)
