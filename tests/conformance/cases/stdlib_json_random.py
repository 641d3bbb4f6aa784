# Property vectors for json: seeded random documents (nested objects and arrays, ints big and small,
# floats near the edges of repr, strings with escapes, control, non-ASCII and astral characters)
# encoded with random options and decoded back, then mutated texts (a character dropped, added or
# cut off) whose errors must name CPython's message and position; hooks see values in its order.
import json
import random

random.seed(4242)
CHARS = ['a', 'Z', ' ', '"', '\\', '/', '\n', '\t', '\x00', '\x1f', '\x7f', 'é', '中', '\U0001f600', '\u2028']


def rand_str():
    return ''.join(random.choice(CHARS) for _ in range(random.randint(0, 6)))


def rand_number():
    k = random.randrange(7)
    if k == 0:
        return random.randint(-1000, 1000)
    if k == 1:
        return random.randint(-10 ** 40, 10 ** 40)
    if k == 2:
        return random.random() * 10 ** random.randint(-30, 30)
    if k == 3:
        return random.choice([0.0, -0.0, 1e16, 1e-7, 123456789.0, 0.1, 2.5e-308])
    if k == 4:
        return -random.random()
    if k == 5:
        return random.choice([True, False, None])
    return float(random.randint(-99, 99))


def rand_value(depth):
    r = random.random()
    if depth > 3 or r < 0.35:
        return rand_number()
    if r < 0.55:
        return rand_str()
    if r < 0.75:
        return [rand_value(depth + 1) for _ in range(random.randint(0, 4))]
    return {rand_str(): rand_value(depth + 1) for _ in range(random.randint(0, 4))}


def options():
    kw = {}
    if random.random() < 0.4:
        kw['indent'] = random.choice([0, 2, '\t', 3])
    if random.random() < 0.4:
        kw['sort_keys'] = True
    if random.random() < 0.5:
        kw['ensure_ascii'] = False
    if random.random() < 0.3:
        kw['separators'] = random.choice([(',', ':'), (' ,', ' : '), (',\n', ':\t')])
    return kw


def attempt(text, **kw):
    try:
        return 'ok ' + ascii(json.loads(text, **kw))
    except json.JSONDecodeError as e:
        return f'{e.msg} | pos {e.pos} line {e.lineno} col {e.colno}'
    except ValueError as e:
        return f'ValueError {e}'


for n in range(60):
    doc = rand_value(0)
    kw = options()
    text = json.dumps(doc, **kw)
    back = json.loads(text)
    print(n, sorted(kw), ascii(text) if len(text) < 160 else len(text), back == doc)
    if True:
        for _ in range(3):
            i = random.randint(0, len(text))
            k = random.randrange(3)
            if k == 0:
                bad = text[:i] + text[i + 1:]
            elif k == 1:
                bad = text[:i] + random.choice(['"', ',', '}', ']', ':', '\\', 'x', '\n', '1']) + text[i:]
            else:
                bad = text[:i]
            print('  ', attempt(bad), '|', attempt(bad, strict=False) if '\n' in bad else '')

# Hooks: each sees its values in CPython's order.
seen = []
doc = json.dumps({'a': [1, 2.5, {'b': -3, 'c': 1e400}], 'd': {'e': 'NaN'}, 'f': -7})
print(json.loads(doc.replace('1e400', 'Infinity'),
                 object_hook=lambda d: seen.append(('obj', sorted(d))) or len(d),
                 parse_float=lambda s: seen.append(('float', s)) or s,
                 parse_int=lambda s: seen.append(('int', s)) or int(s) * 2,
                 parse_constant=lambda s: seen.append(('const', s)) or s))
print(seen)
print(json.loads('{"x": {"y": [1, {"z": 2}]}, "x": 3}', object_pairs_hook=lambda p: ('pairs', p)))

# Keys of every kind, skipkeys, sort_keys over mixed keys, allow_nan and default's order.
keys = {1: 'i', 2.5: 'f', True: 'b', None: 'n', 'k': 's'}
print(json.dumps(keys), json.dumps({(1, 2): 0, 'ok': 1}, skipkeys=True))
for bad in [{1: 0, 'a': 1}, {(1,): 0}, [float('nan')], {'x': {1, 2}}]:
    try:
        print(json.dumps(bad, sort_keys=True, allow_nan=False))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
order = []


class Encoder(json.JSONEncoder):
    def default(self, o):
        order.append(type(o).__name__)
        if isinstance(o, complex):
            return [o.real, o.imag]
        if isinstance(o, frozenset):
            return sorted(o)
        return super().default(o)


print(json.dumps([1j, {'s': frozenset({3, 1})}, [2 + 1j]], cls=Encoder, indent=1), order)
loop = {'self': None}
loop['self'] = [loop]
try:
    json.dumps(loop)
except ValueError as e:
    print('ValueError', e)
print(json.dumps(loop, check_circular=False, default=str) if False else 'skipped')
