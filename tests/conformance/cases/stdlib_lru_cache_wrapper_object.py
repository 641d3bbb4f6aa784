# What lru_cache returns: a functools._lru_cache_wrapper object, not a function, with
# update_wrapper's attributes in its __dict__, bound as a method, pickled by qualname, copied as
# itself, counting hits and misses (exceptions not cached), refusing a subclass and odd arguments.
import copy
import functools
import inspect
import pickle


@functools.lru_cache
def square(x):
    "Square it."
    return x * x


print(type(square), type(square).__module__, type(square).__qualname__)
print(repr(square).split(' at ')[0])
print(square.__name__, square.__qualname__, square.__doc__, square.__module__)
print(square.__wrapped__.__name__, callable(square), inspect.isfunction(square))
print(sorted(square.__dict__))
print(square.cache_parameters(), square.cache_parameters.__qualname__)
print(functools.cache(len).cache_parameters.__qualname__)
print(functools.lru_cache(maxsize=3)(len).cache_parameters.__qualname__)
print(repr(square.cache_info).split(' at ')[0])
print([name for name in dir(type(square)) if not name.startswith('__')])
print(pickle.loads(pickle.dumps(square)) is square, copy.copy(square) is square,
      copy.deepcopy(square) is square)
print(square(3), square(3), square(4), square.cache_info())
square.cache_clear()
print(square.cache_info())


class Shape:
    @functools.lru_cache(maxsize=2)
    def area(self, k):
        return k * 10

    @functools.cache
    def name(self):
        return 'shape'


s = Shape()
print(type(Shape.__dict__['area']).__name__, Shape.area is Shape.__dict__['area'])
print(s.area(2), s.area(2), s.name(), Shape.area.cache_info(), s.area.__func__ is Shape.__dict__['area'])
print(type(s.area).__name__, s.area.__self__ is s)
print(Shape.area.__get__(None, Shape) is Shape.area)

try:
    class Sub(type(square)):
        pass
except TypeError as e:
    print('TypeError', e)

for args in [(1, 2, False, None), (len, 'x', False, None)]:
    try:
        functools._lru_cache_wrapper(*args)
    except TypeError as e:
        print('TypeError', e)

w = functools._lru_cache_wrapper(abs, -5, 0, lambda *a: a)
print(w(-1), w(-1), w.cache_info())
w = functools._lru_cache_wrapper(abs, None, 1, lambda *a: a)
print(w(-1), w(-1.0), w(-1), w.cache_info())
try:
    functools._lru_cache_wrapper(abs, 2 ** 70, False, None)
except OverflowError as e:
    print('OverflowError', e)

calls = []


@functools.lru_cache(maxsize=None)
def flaky(n):
    calls.append(n)
    if len(calls) < 3:
        raise ValueError(n)
    return n


for _ in range(4):
    try:
        print('flaky', flaky(1))
    except ValueError as e:
        print('ValueError', e)
print(calls, flaky.cache_info())


@functools.lru_cache(maxsize=None)
def kw(a, b=0, *, c=0):
    return (a, b, c)


print(kw(1, b=2), kw(1, 2), kw(b=2, a=1), kw(1, c=3), kw.cache_info())

try:
    square([1])
except TypeError as e:
    print('TypeError', e)
try:
    square(1, 2)
except TypeError as e:
    print('TypeError', e)

