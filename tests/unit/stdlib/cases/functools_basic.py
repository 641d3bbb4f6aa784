import functools
from functools import lru_cache, cache, total_ordering, partial, reduce, wraps, cmp_to_key, cached_property, singledispatch

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(30), fib.cache_info())
@cache
def sq(x):
    print('computing', x)
    return x * x
print(sq(3), sq(3), sq(4), sq.cache_info(), sq.__name__)
sq.cache_clear(); print(sq.cache_info())
@lru_cache(maxsize=2)
def f(x):
    print('f', x); return x
f(1); f(2); f(1); f(3); f(2); f(1)
print(f.cache_info(), f.cache_parameters())
@lru_cache
def g(a, b=2): return a + b
print(g(1), g(1, b=2), g(a=1, b=2), g.cache_info())
try:
    g([1])
except TypeError as e:
    print(e)
@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) < V(2), V(1) > V(2), V(1) <= V(1), V(2) >= V(3), sorted([V(3), V(1)], key=lambda x: x.v)[0].v)
@total_ordering
class W:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __ge__(self, o): return self.v >= o.v
print(W(1) < W(2), W(1) > W(2), W(1) <= W(1), W(2) >= W(3))
try:
    @total_ordering
    class X: pass
except ValueError as e:
    print(e)
p = partial(int, base=2)
print(p('101'), reduce(lambda a, b: a * b, [1, 2, 3, 4]), reduce(lambda a, b: a + b, [], 0))
def deco(fn):
    @wraps(fn)
    def inner(*a):
        """inner doc"""
        return fn(*a)
    return inner
@deco
def hello(x):
    """hello doc"""
    return x
print(hello.__name__, hello.__wrapped__.__name__, hello(5))
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
class C:
    def __init__(self): self.n = 0
    @cached_property
    def val(self):
        self.n += 1
        print('computing val')
        return 42
c = C(); print(c.val, c.val, c.n)
@singledispatch
def show(x): return f'object {x}'
@show.register(int)
def _(x): return f'int {x}'
@show.register(list)
def _(x): return f'list {len(x)}'
print(show(1), show([1, 2]), show('s'), show(True))
class M:
    @lru_cache
    def m(self, x):
        return x * 2
print(M().m(4))
