# Exit functions in CPython's order: last registered first, one unregistered during exit skipped, one registered during exit never called.
import atexit
def inner():
    print("registered during exit")
def outer():
    print("outer")
    atexit.register(inner)
    atexit.unregister(last)
def last():
    print("last registered, runs first")
atexit.register(outer)
atexit.register(print, "between")
atexit.register(last)
