fn three() -> Int:
    return 3


fn test_in_a_helper():
    print("helper: not a test file")
