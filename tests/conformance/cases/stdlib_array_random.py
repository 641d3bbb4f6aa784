# Property vectors for array: seeded random arrays of every 32/64-bit-independent typecode put
# through random sequences of operations (append/extend/insert/pop/remove/index/count, item and
# slice reads, writes and deletes with random steps, +, *, comparisons, byteswap, bytes round
# trips), with values in and out of each typecode's range and of other types; each step prints
# its result or error and the array after it.
import array
import random

random.seed(8086)
RANGES = {'b': (-128, 127), 'B': (0, 255), 'h': (-32768, 32767), 'H': (0, 65535),
          'i': (-2 ** 31, 2 ** 31 - 1), 'I': (0, 2 ** 32 - 1), 'q': (-2 ** 63, 2 ** 63 - 1), 'Q': (0, 2 ** 64 - 1)}
CODES = 'bBhHiIqQfd'


def value(code):
    r = random.random()
    if code in 'fd':
        if r < 0.7:
            return random.choice([random.uniform(-1e6, 1e6), random.randint(-99, 99), random.random() * 10 ** random.randint(-50, 50)])
        return random.choice([1e300, -1e-300, 'x', None, True, float('inf')])
    low, high = RANGES[code]
    if r < 0.8:
        return random.randint(max(low, -1000), min(high, 1000)) if r < 0.5 else random.randint(low, high)
    if r < 0.9 and code in 'bBhHqQ':
        return random.choice([low - 1, high + 1, low - random.randint(1, 10 ** 6), high + random.randint(1, 10 ** 6)])
    return random.choice([1.5, 'x', None, True, 2 ** 100 if code in 'qQ' else 0])


def rand_slice(n):
    step = random.choice([None, None, 1, 2, -1, 3, -2])
    return slice(random.randint(-n - 2, n + 2), random.choice([None, random.randint(-n - 2, n + 2)]), step)


def step(a):
    code = a.typecode
    op = random.choice(['append', 'extend', 'insert', 'pop', 'remove', 'index', 'count', 'get', 'set', 'del',
                        'getslice', 'setslice', 'delslice', 'add', 'mul', 'cmp', 'byteswap', 'bytes', 'reverse', 'fromlist'])
    n = len(a)
    if op == 'append':
        v = value(code)
        return op, v, a.append(v)
    if op == 'extend':
        vs = [value(code) for _ in range(random.randint(0, 3))]
        return op, vs, a.extend(array.array(code, vs) if random.random() < 0.3 else vs)
    if op == 'insert':
        i, v = random.randint(-n - 3, n + 3), value(code)
        return op, (i, v), a.insert(i, v)
    if op == 'pop':
        i = random.randint(-n - 1, n)
        return op, i, a.pop(i) if random.random() < 0.8 else a.pop()
    if op in ('remove', 'index', 'count'):
        v = random.choice(a.tolist() + [value(code)]) if n else value(code)
        return op, v, getattr(a, op)(v)
    if op == 'get':
        i = random.randint(-n - 1, n)
        return op, i, a[i]
    if op == 'set':
        i, v = random.randint(-n - 1, n), value(code)
        a[i] = v
        return op, (i, v), None
    if op == 'del':
        i = random.randint(-n - 1, n)
        del a[i]
        return op, i, None
    if op == 'getslice':
        s = rand_slice(n)
        return op, s, a[s]
    if op == 'setslice':
        s = rand_slice(n)
        size = len(range(*s.indices(n)))
        k = size if random.random() < 0.7 else random.randint(0, 3)
        new = array.array(code, [value(code) if code in 'fd' else random.randint(0, 100) for _ in range(k)])
        a[s] = new
        return op, (s, new), None
    if op == 'delslice':
        s = rand_slice(n)
        del a[s]
        return op, s, None
    if op == 'add':
        other = array.array(random.choice([code, code, 'd']), [1, 2])
        return op, other, a + other
    if op == 'mul':
        k = random.randint(-1, 3)
        return op, k, a * k
    if op == 'cmp':
        other = array.array(random.choice([code, 'd', 'b']), a.tolist()[:random.randint(0, n)] + ([random.randint(0, 5)] if random.random() < 0.5 else []))
        return op, other, (a == other, a != other, a < other, a <= other, a > other, a >= other)
    if op == 'byteswap':
        b = array.array(code, a)
        b.byteswap()
        return op, None, (b, b.tobytes().hex())
    if op == 'bytes':
        raw = a.tobytes()
        back = array.array(code)
        back.frombytes(raw)
        return op, raw.hex(), back == a or code in 'fd'
    if op == 'reverse':
        return op, None, a.reverse()
    vs = [value(code) for _ in range(random.randint(0, 3))]
    return op, vs, a.fromlist(vs)


for case in range(120):
    code = random.choice(CODES)
    low = random.randint(0, 6)
    a = array.array(code, [random.uniform(-1e6, 1e6) if code in 'fd' else random.randint(*RANGES[code]) for _ in range(low)])
    print(case, repr(a))
    for _ in range(random.randint(3, 8)):
        try:
            op, arg, result = step(a)
            print('  ', op, repr(arg), '->', repr(result), '|', repr(a))
        except (TypeError, ValueError, IndexError, OverflowError) as e:
            print('  ', type(e).__name__, e, '|', repr(a))
