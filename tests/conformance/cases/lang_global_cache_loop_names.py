# A module-level loop rebinds names that functions read, and names no function reads: every way
# of binding or unbinding a name at module level shows at the next read inside a function.
def show():
    return k, total


total = 0
for k in range(4):
    total += k
    print(show())


def late():
    try:
        return later
    except NameError as e:
        return f"NameError: {e}"


for n in range(3):
    later = n * 10
    print(late())
for later in "ab":
    print(late())
later += "c"
print(late())
del later
print(late())
exec("later = 'exec'")
print(late())
(later := "walrus")
print(late())
import math as later

print(late().__name__)


class Ctx:
    def __enter__(self):
        return "with"

    def __exit__(self, *exc):
        return False


with Ctx() as later:
    print(late())
try:
    raise ValueError("x")
except ValueError as later:
    print(repr(late()))
print(late())
globals()["later"] = "globals()"
print(late())


def uses_abs(x):
    return abs(x)


for i in range(2):
    print(uses_abs(-3))
    abs = lambda x: "shadow"
print(uses_abs(-3))
del abs
print(uses_abs(-3))
