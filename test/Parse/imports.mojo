# RUN: %mojoc parse --dump-ast %s | %FileCheck %s

# CHECK: ImportDecl <4:1, 4:15> geometry{{$}}
import geometry
# CHECK: ImportDecl <6:1, 6:47> geometry.shapes as gs, math.linalg as la
import geometry.shapes as gs, math.linalg as la
# CHECK: FromImportDecl <8:1, 8:48> geometry.shapes import Circle, Square as Sq
from geometry.shapes import Circle, Square as Sq
# CHECK: FromImportDecl {{.*}} .util import clamp
from .util import clamp
# CHECK: FromImportDecl {{.*}} ..core import *
from ..core import *
# CHECK: FromImportDecl {{.*}} . import sibling
from . import sibling
# CHECK: FromImportDecl {{.*}} ...deep.pkg import x
from ...deep.pkg import x
# CHECK: FromImportDecl {{.*}} collections import Dict, Optional as Opt
from collections import (
    Dict,
    Optional as Opt,
)
# Imports are allowed inside functions too.
# CHECK:      FuncDecl
# CHECK:        ImportDecl {{.*}} sys
fn f():
    import sys
