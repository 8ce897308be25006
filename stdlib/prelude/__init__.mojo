"""The names every module sees without an import."""

from builtin.bool import Bool
from builtin.int import Int
from builtin.int_literal import IntLiteral
from builtin.string_literal import StringLiteral
from builtin.range import range
from builtin.tuple import Tuple
from builtin.io import print, Writer, Writable, FileDescriptor
from builtin.error import Error
