import builtins
# The built-in functions' docstrings and signatures, as each version has them. Left out: CPython's
# __build_class__ (Loopline's class statement has none) and print (the recorder replaces it).
names = '''__import__ abs aiter all anext any ascii bin breakpoint callable chr compile delattr dir divmod
eval exec format getattr globals hasattr hash hex id input isinstance issubclass iter len locals max min
next oct open ord pow repr round setattr sorted sum vars'''.split()
print(len(names))
for n in names:
    f = getattr(builtins, n)
    print(n, repr(f.__text_signature__))
    print(f.__doc__)
for t in (object, type, int, bool, str, dict, list, tuple, set, frozenset, float, complex, bytes,
          range, slice, map, filter, zip, enumerate, reversed, property, staticmethod, classmethod,
          super, memoryview, bytearray, BaseException, Exception, ValueError, KeyError, StopIteration,
          ExceptionGroup, BaseExceptionGroup, OSError, TimeoutError, FloatingPointError):
    print(t.__name__, repr(t.__doc__))
print(repr(object().__doc__) == repr(object.__doc__), (1).__doc__ == int.__doc__, 'x'.__doc__[:20])
print(ValueError('v').__doc__)
print(bytearray(b'x').__doc__ == bytearray.__doc__, len(bytearray.__doc__))
class C:
    pass
class D(dict):
    pass
class E(ValueError):
    "Mine."
print(C.__doc__, C().__doc__, D.__doc__, D().__doc__, E.__doc__, E().__doc__)
print(abs.__doc__.splitlines()[0])
print(len(sorted.__doc__), sorted.__doc__.count('\n'), sorted.__doc__.splitlines()[-1])
print(dir(len) == dir(abs), dir(len))
print([n for n in dir(abs) if n not in dir(object)])
