# RUN: rm -rf %t && mkdir -p %t/pkg
# RUN: printf 'fn helper() -> Int:\n    return 1\n' > %t/pkg/sub.mojo
# RUN: cp %s %t/pkg/main.mojo
# RUN: cd %t/pkg && %mojoc check -verify main.mojo
# Imports are searched from the importing file's directory, also when the
# file is named without one; `from . import m` imports the module `m` of
# the package directory. A missing member is reported at the import.

from .sub import helper
from . import sub
from .sub import not_there  # expected-error {{module `sub` has no member named `not_there`}}
from . import not_a_module  # expected-error {{unable to locate module `not_a_module`}}
import sub as s

fn main():
    print(helper(), sub.helper(), s.helper())
    print(s.helpr())  # expected-error {{`sub` has no member named `helpr`; did you mean `helper`?}}
