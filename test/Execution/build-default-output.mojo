# RUN: rm -rf %t.dir && mkdir -p %t.dir && cp %s %t.dir/prog.mojo
# RUN: cd %t.dir && %mojoc build prog.mojo && ./prog | %FileCheck %s
# Without `-o`, `mojoc build` names the executable after the file's stem.

fn main():
    # CHECK: default name
    print("default name")
