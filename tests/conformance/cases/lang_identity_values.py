# Identity of ints, floats and strs as a program sees it: a value that travels (assignment, an
# argument, a container's item) is the same object; a code object's equal constants are merged;
# a NaN is itself, so containers find it by identity though it is not equal to itself.
import math
from collections import deque

x = 1000
y = x
print("assigned:", x is y, x is not y)

a = 1000
b = 1000
print("module constants:", a is b)


def f():
    c = 2**70
    d = c
    return c is d, c


same, big = f()
print("function:", same, big is big)


def ident(v):
    return v


print("argument:", ident(x) is x, ident(3.25) is not None)
items = [1000, 1000, 70000]
print("list items:", items[0] is items[1], items[2] is items[2])
small, minus = 256, -5
print("small:", small is 255 + 1, minus is -5 + 0)

nan = float("nan")
print("nan:", nan is nan, nan == nan, nan != nan)
print("nan in:", nan in [nan], nan in (1.0, nan), math.nan in [math.nan])
print("nan lists:", [nan] == [nan], (nan,) == (nan,), [nan] != [nan], [[nan]] == [[nan]])
print("nan index/count:", [1.0, nan].index(nan), [nan, nan, 0.5].count(nan))
values = [0.5, nan, 2.5]
values.remove(nan)
print("nan remove:", values)
print("nan dict values:", {"k": nan} == {"k": nan}, nan in {"k": nan}.values())
dq = deque([nan, 1.0])
dq.remove(nan)
print("nan deque:", dq, deque([nan]) == deque([nan]))
zero, minus_zero = 0.0, -0.0
print("zeros:", zero is minus_zero, zero == minus_zero)

s = "hello"
t = s
u = "hello"
print("str:", s is t, u is s)
import array  # an array makes new objects for its items: no identity shortcut
nan = float("nan")
a = array.array("d", [nan, 1.0])
print(a.count(nan), nan in a, a == a)
try: a.index(nan)
except ValueError as e: print(e)
try: a.remove(nan)
except ValueError as e: print(e)
