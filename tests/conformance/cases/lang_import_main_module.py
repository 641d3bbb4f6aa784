# `import __main__` gives the program's own module: sys.modules['__main__'], its globals seen and
# set through it, its __name__ and __file__, and a repr naming the file it came from.
import __main__
import os
import sys
import types

LIMIT = 41


def helper():
    return "from helper"


def here(text):
    return text.replace(__file__, os.path.basename(__file__))


print(__main__ is sys.modules["__main__"], __name__, __main__.__name__)
print(os.path.basename(__main__.__file__), __main__.__file__ == __file__)
print(__main__.LIMIT + 1, __main__.helper(), __main__.here is here)
__main__.ADDED = 5
print(ADDED, "ADDED" in globals(), vars(__main__)["ADDED"])
LIMIT = 7
print(__main__.LIMIT, getattr(__main__, "missing", "no such name"))
print(here(repr(__main__)), here(str(__main__)))
print(type(__main__) is types.ModuleType, __main__.__spec__, __main__.__package__, __main__.__doc__)
print(repr(sys), repr(types.ModuleType("made")), repr(types.ModuleType("doc'd", "text")))
plain = types.ModuleType("plain")
plain.__file__ = "/somewhere/plain.py"
print(repr(plain))
plain.__name__ = "renamed"
print(repr(plain))
del plain.__name__
print(repr(plain))


def main_names():
    import __main__ as me
    return sorted(n for n in vars(me) if not n.startswith("__"))


print(main_names())
try:
    __main__.nothing_here
except AttributeError as e:
    print(e)
