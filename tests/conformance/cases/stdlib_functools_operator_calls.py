# Calling partials, lru_cache wrappers, reduce and operator's functions and getters: results,
# what each passes on, and the errors of bad calls.
import functools
import operator


def show(label, f, *args, **kwargs):
    try:
        print(label, repr(f(*args, **kwargs)))
    except Exception as e:
        print(label, type(e).__name__, e)


def f(*args, **kwargs):
    return args, kwargs


p = functools.partial(f, 1, a=2)
show('partial', p, 3, b=4)
show('partial override', p, a=5)
q = functools.partial(p, 6, b=7)
show('nested', q, 8)
print(q.func is f, q.args, q.keywords)
p.x = 1
show('with attribute', functools.partial(p, 9), 10)
show('partial raising', functools.partial(operator.truediv, 1), 0)


class P(functools.partial):
    def __call__(self, *args, **kwargs):
        print('  own __call__', args)
        return super().__call__(*args, **kwargs)


show('subclass', P(f, 'x'), 'y')
show('partial of builtin', functools.partial(max, key=len), 'aaa', 'bb')

# lru_cache: hits and misses, eviction in use order, keywords and types in keys.
calls = []


@functools.lru_cache(maxsize=2)
def sq(x, *, scale=1):
    calls.append(x)
    return x * x * scale


for x in [1, 2, 1, 3, 2, 1]:
    sq(x)
print(calls, sq.cache_info())
calls.clear()
print(sq(2, scale=1), sq(2), sq(2, scale=1), calls, sq.cache_info())
sq.cache_clear()
print(sq.cache_info(), sq.cache_parameters(), sq.__wrapped__.__name__, sq.__name__)


@functools.lru_cache(typed=True)
def kind(x):
    calls.append(type(x).__name__)
    return x


calls.clear()
kind(1), kind(1.0), kind(True), kind(1), kind('a'), kind('a')
print(calls, kind.cache_info())


@functools.lru_cache(maxsize=None)
def untyped(x):
    calls.append(repr(x))
    return x


calls.clear()
print(untyped(1), untyped(1.0), untyped(True), calls, untyped.cache_info())
show('unhashable', untyped, [1])
print(untyped.cache_info())


@functools.lru_cache(maxsize=0)
def never(x):
    return x + 1


print(never(1), never(1), never.cache_info())


@functools.cache
def failing(x):
    calls.append(x)
    if x < 0:
        raise ValueError(f'negative {x}')
    return x


calls.clear()
show('failing', failing, -1)
show('failing again', failing, -1)
print(calls, failing.cache_info())


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(60), fib.cache_info())


class Key:
    def __init__(self, k):
        self.k = k

    def __hash__(self):
        print('  hash', self.k)
        return hash(self.k)

    def __eq__(self, other):
        print('  eq', self.k, other.k)
        return self.k == other.k


@functools.lru_cache
def by_key(k):
    return k.k


print(by_key(Key(1)), by_key(Key(1)), by_key.cache_info())



# reduce: results and errors.
show('reduce', functools.reduce, operator.add, [1, 2, 3])
show('reduce initial', functools.reduce, operator.mul, [], 7)
show('reduce empty', functools.reduce, operator.add, [])
show('reduce not iterable', functools.reduce, operator.add, 5)
show('reduce 1 arg', functools.reduce, operator.add)
show('reduce 4 args', functools.reduce, operator.add, [1], 2, 3)
show('reduce raising', functools.reduce, operator.truediv, [1, 0])
show('reduce strings', functools.reduce, lambda a, b: b + a, 'abc', '')

# operator's functions: results and bad calls.
for name in ['add', 'sub', 'mul', 'truediv', 'floordiv', 'mod', 'pow', 'lshift', 'rshift', 'and_', 'or_', 'xor']:
    print(name, getattr(operator, name)(7, 3), end='; ')
print()
print(operator.lt(1, 2), operator.le(2, 2), operator.eq('a', 'a'), operator.ne(1, 1.0), operator.gt([2], [1]), operator.ge(1, 2))
print(operator.add('a', 'b'), operator.mul([0], 3), operator.eq(Key(1), Key(1)), operator.__add__ is operator.add)
show('add str int', operator.add, 'a', 1)
show('lt mixed', operator.lt, 1, 'a')
show('matmul', operator.matmul, 1, 2)
show('add 1 arg', operator.add, 1)
show('add 3 args', operator.add, 1, 2, 3)
show('add keyword', operator.add, 1, b=2)
show('lt no args', operator.lt)

# The getters.
rows = [('b', 2, {'k': 'x'}), ('a', 3, {'k': 'y'}), ('c', 1, {'k': 'z'})]
print(sorted(rows, key=operator.itemgetter(1)), list(map(operator.itemgetter(0, 1), rows)))
print(operator.itemgetter(slice(1, None))('abc'), operator.itemgetter('k')(rows[0][2]))
show('itemgetter missing', operator.itemgetter(5), [1])
show('itemgetter key', operator.itemgetter('z'), {})
show('itemgetter no args', operator.itemgetter(1))


class Node:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child


n = Node('root', Node('leaf'))
print(operator.attrgetter('name')(n), operator.attrgetter('child.name', 'name')(n))
show('attrgetter missing', operator.attrgetter('child.child.name'), n)
show('attrgetter 2 args', operator.attrgetter('name'), n, n)
print(operator.methodcaller('upper')('ab'), operator.methodcaller('split', ',', maxsplit=1)('a,b,c'))
print(operator.methodcaller('replace', 'a', 'b')('aaa'), list(map(operator.methodcaller('count', 'a'), ['a', 'aa'])))
show('methodcaller missing', operator.methodcaller('nope'), 1)
show('methodcaller raising', operator.methodcaller('index', 'z'), 'abc')
