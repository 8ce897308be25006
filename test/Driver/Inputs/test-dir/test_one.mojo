from helper import three


fn test_first():
    pass


fn test_second() raises:
    if three() != 3:
        raise "wrong"
