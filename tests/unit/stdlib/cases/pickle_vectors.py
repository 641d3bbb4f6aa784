# Seeded vectors: pickle.dumps of generated values (None, bools, small and big ints, floats, str,
# bytes, bytearray, tuples, lists, dicts, sets, frozensets, nested, shared and recursive) at every
# protocol, the bytes against CPython 3.13's, and pickle.loads of each giving back an equal value.
import collections
import dataclasses
import enum
import pickle
import random

rng = random.Random(1414)
# Literal keys: the same str object each time it is chosen (CPython's memo goes by identity).
KEYS = ['k0', 'k1', 'k2', 'name', 'value']


class Color(enum.Enum):
    RED = 1
    BLUE = 'b'


@dataclasses.dataclass
class Point:
    x: int
    y: object = None


Pair = collections.namedtuple('Pair', 'left right')


class Plain:
    def __init__(self, a):
        self.a = a

    def __eq__(self, other):
        return type(other) is Plain and other.a == self.a


def atom():
    kind = rng.randrange(12)
    if kind == 0:
        return rng.choice([None, True, False, Ellipsis])
    if kind == 1:
        return rng.choice([0, 1, 255, 256, 65535, 65536, -1, -129, 2**31 - 1, 2**31, -2**31, -2**31 - 1])
    if kind == 2:
        return rng.randrange(-2**rng.randrange(1, 300), 2**rng.randrange(1, 300))
    if kind == 3:
        return rng.choice([0.0, -0.0, 1.5, 1e300, -2.5e-300, float('inf')]) if rng.random() < 0.3 else rng.uniform(-1e6, 1e6)
    if kind == 4:
        return ''.join(rng.choice('ab\\\n\r\x00\x1a é€\U0001f600') for _ in range(rng.randrange(8)))
    if kind == 5:
        return 'x' * rng.choice([255, 256, 300])
    if kind == 6:
        return bytes(rng.randrange(256) for _ in range(rng.choice([0, 1, 5, 255, 256])))
    if kind == 7:
        return bytearray(rng.randrange(256) for _ in range(rng.randrange(4)))
    if kind == 8:
        return rng.choice(list(Color))
    if kind == 9:
        return Point(rng.randrange(10), rng.choice([None, 'y']))
    if kind == 10:
        return Pair(rng.randrange(5), 'r')
    return rng.choice([ValueError('bad', 3), KeyError('k'), Plain(rng.randrange(3)), Color, Point, len])


def value(depth=0):
    if depth > 2 or rng.random() < 0.35:
        return atom()
    kind = rng.randrange(6)
    n = rng.randrange(5)
    if kind == 0:
        return tuple(value(depth + 1) for _ in range(n))
    if kind == 1:
        return [value(depth + 1) for _ in range(n)]
    if kind == 2:
        return {rng.choice([rng.randrange(100), rng.choice(KEYS), (rng.randrange(3), 'k')]): value(depth + 1) for _ in range(n)}
    if kind == 3:
        return {rng.randrange(-50, 50) for _ in range(n)}
    if kind == 4:
        return frozenset(rng.randrange(1000) for _ in range(n))
    shared = [value(depth + 1)]
    return [shared, shared, (shared,)]


def same(a, b):
    if isinstance(a, float) and a != a:
        return b != b
    if type(a) is not type(b):
        return False
    if isinstance(a, (list, tuple)):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    if isinstance(a, dict):
        return list(a) == list(b) and all(same(a[k], b[k]) for k in a)
    if isinstance(a, BaseException):
        return a.args == b.args
    return a == b


for i in range(60):
    v = value()
    for proto in range(6):
        data = pickle.dumps(v, proto)
        back = pickle.loads(data)
        print(i, proto, data.hex(), same(v, back))

# Recursive and shared structures: the memo makes one object of each.
r = [1]
r.append(r)
d = {}
d['self'] = d
t = ([],)
t[0].append(t)
for proto in range(6):
    for v in (r, d, t, [r, r, d]):
        data = pickle.dumps(v, proto)
        print(proto, data.hex())
    back = pickle.loads(pickle.dumps(r, proto))
    print(back[1] is back, pickle.loads(pickle.dumps(t, proto))[0][0][0] is not None)

# Long containers: batches of 1000 (an exact multiple of 1000 ends with an empty batch for a dict
# or set, not for a list).
for n in (1000, 1001):
    for proto in (1, 4):
        for v in (list(range(n)), dict.fromkeys(range(n)), set(range(n)), frozenset(range(n))):
            if proto < 4 and isinstance(v, (set, frozenset)):
                continue
            data = pickle.dumps(v, proto)
            print(n, proto, type(v).__name__, len(data), data[-40:].hex(), pickle.loads(data) == v)

# Frames and large bytes and strings (protocol 4's 64 KiB frames).
lines = ['%04d' % i + 'z' * 66 for i in range(1000)]
for v in ([b'x' * 70000, 1], ['z' * 70000, 2], [lines, 'a'], bytearray(b'r' * 70000), b'q' * 65536):
    for proto in (3, 4, 5):
        data = pickle.dumps(v, proto)
        print(proto, len(data), data[:24].hex(), data[-24:].hex(), pickle.loads(data) == v)
