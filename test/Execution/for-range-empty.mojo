# RUN: %mojoc run %s | %FileCheck %s --implicit-check-not=body
# Ranges that contain no value run the body zero times.

fn main():
    for i in range(0):
        print("body", i)
    for i in range(-3):
        print("body", i)
    for i in range(5, 5):
        print("body", i)
    for i in range(5, 2):
        print("body", i)
    for i in range(2, 5, -1):
        print("body", i)
    # CHECK: done
    print("done")
