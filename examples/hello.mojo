fn main():
    print("Hello, world!")
