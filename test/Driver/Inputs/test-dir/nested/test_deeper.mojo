fn test_deep():
    pass
