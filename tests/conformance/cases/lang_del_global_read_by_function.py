# A global that a function has read is freed as soon as the module lets go of it (del, or the
# name rebound): reading a global keeps no reference to its value, so __del__ and weak-reference
# callbacks run then, not at interpreter shutdown.
import weakref


class Resource:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print(f"__del__ {self.name}")


conn = Resource("conn")
cache = Resource("cache")
watch = weakref.ref(cache, lambda r: print("cache's weakref cleared"))


def describe():
    return f"{conn.name}+{cache.name}"


def uses_in_loop(n):
    total = 0
    for _ in range(n):
        total += len(conn.name)
    return total


print(describe(), uses_in_loop(3))
del conn
print("after del conn")
cache = Resource("cache2")
print("after rebinding cache", watch() is None)
conn = Resource("conn2")
print(describe(), uses_in_loop(2))
conn = None
print("end")
