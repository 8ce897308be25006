# RUN: %mojoc check --diagnostics-format=json %s | %FileCheck %s
# A file without diagnostics gives an empty JSON array and exit status 0.

fn main():
    print("fine")

# CHECK: []
