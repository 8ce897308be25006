# The main file of driver-import-beside.mojo, which runs it by its bare name.
from driver_import_helper import answer


fn main():
    print(answer())
