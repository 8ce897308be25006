# Does not compile.

fn test_broken():
    var x: Int = "text"
    print(x)
