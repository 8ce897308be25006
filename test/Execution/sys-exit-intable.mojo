# RUN: sh -c '%mojoc run %s > /dev/null; test $? -eq 7'
# `sys.exit` takes any Intable status.
from sys import exit


fn main():
    exit(UInt8(7))
