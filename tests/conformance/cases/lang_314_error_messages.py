# Error messages that 3.14 rewords: math's domain errors say what was expected and what came in ('expected a nonnegative input, got -1.0'; ints get no 'got'), and list/deque/range searches name the method ('list.index(x): x not in list'). 3.11-3.13 keep 'math domain error' and '5 is not in list'.
import math
from collections import deque

calls = [
    ("sqrt", -1), ("sqrt", -2.5), ("sqrt", float("-inf")), ("sqrt", -1e300),
    ("log", 0), ("log", -2), ("log", -2.5), ("log", 0.0), ("log", -(10**400)),
    ("log2", 0), ("log2", -1.5), ("log10", -1), ("log10", 0.0), ("log1p", -1), ("log1p", -2),
    ("acos", 2), ("acos", -1.5), ("asin", 2), ("asin", float("inf")), ("acosh", 0), ("acosh", -1e-7),
    ("atanh", 1), ("atanh", -1), ("sin", float("inf")), ("cos", float("-inf")), ("tan", float("inf")),
    ("gamma", 0), ("gamma", -2.0), ("lgamma", 0), ("lgamma", -3),
    ("fmod", (float("inf"), 1)), ("fmod", (1, 0)), ("pow", (0, -1)), ("pow", (-1, 0.5)),
    ("log", (8, 0)), ("log", (-1.5, 10)), ("log", (0, 10)),
]
for name, a in calls:
    args = a if isinstance(a, tuple) else (a,)
    try:
        print(name, args, getattr(math, name)(*args))
    except ValueError as e:
        print(name, args, "ValueError:", e)


class Reading(float):
    pass


try:
    math.sqrt(Reading(-3))
except ValueError as e:
    print("float subclass:", e)

searches = [
    ("list.index", lambda: [1, 2].index(5)),
    ("list.index in a slice", lambda: [1, 2].index(2, 0, 1)),
    ("list.remove", lambda: ["a"].remove("b")),
    ("tuple.index", lambda: (1,).index(5)),
    ("deque.index", lambda: deque([1]).index(3)),
    ("deque.remove", lambda: deque(["x"]).remove("y")),
    ("range.index", lambda: range(3).index(5)),
    ("range.index of a str", lambda: range(3).index("a")),
    ("str.index", lambda: "ab".index("z")),
]
for label, f in searches:
    try:
        f()
    except ValueError as e:
        print(label, "->", e)
