import json
from dataclasses import dataclass, asdict
from enum import Enum, IntEnum

data = {'name': 'Loopline', 'tasks': [1, 2.5, None, True, False], 'nested': {'deep': [[], {}, ('t', 1)]}, 'é': '😀\n"q"\\'}
print(json.dumps(data))
print(json.dumps(data, indent=2))
print(json.dumps(data, indent='\t', sort_keys=True))
print(json.dumps(data, indent=0))
print(json.dumps(data, separators=(',', ':')), json.dumps([1, {'a': 2}], indent=1, separators=(' ,', ' = ')))
print(json.dumps(data, ensure_ascii=False), json.dumps('\x00\x1f\x7f\u2028', ensure_ascii=False))
print(json.dumps('caf\u00e9 \U0001F600 tab\t'), json.dumps('plain'), json.dumps(''))
print(json.dumps(1.0), json.dumps(0.1 + 0.2), json.dumps(1e16), json.dumps(-0.0), json.dumps(10**30), json.dumps(1e-7))
print(json.dumps([float('nan'), float('inf'), -float('inf')]))
print(json.dumps({3: 'int', 1.5: 'float', True: 'bool', None: 'none', 'b': 'str'}))
print(json.dumps({'b': 1, 'a': {'d': 2, 'c': 3}}, sort_keys=True), json.dumps({}, indent=4), json.dumps([], indent=4))
print(json.dumps({(1, 2): 'tuple key', 'ok': 1}, skipkeys=True))


class Color(Enum):
    RED = 'red'


class Level(IntEnum):
    HIGH = 3


@dataclass
class Point:
    x: int
    y: int


def encode_extra(o):
    if isinstance(o, Point):
        return asdict(o)
    if isinstance(o, Enum):
        return o.value
    if isinstance(o, set):
        return sorted(o)
    raise TypeError(f'cannot encode {type(o).__name__}')


print(json.dumps({'p': Point(1, 2), 'c': Color.RED, 's': {3, 1, 2}, 'lvl': Level.HIGH}, default=encode_extra))


class SetEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        return super().default(o)


print(json.dumps({'tags': {'b', 'a'}}, cls=SetEncoder), SetEncoder(indent=1).encode([frozenset({2, 1})]))
enc = json.JSONEncoder(sort_keys=True, separators=(',', '='))
print(enc.encode({'z': 1, 'a': [1, 2]}), enc.item_separator, enc.key_separator, list(enc.iterencode([1])) != [])


class MyDict(dict):
    pass


print(json.dumps(MyDict(a='s')), json.dumps([True, 1, 1.0]), json.dumps(-5))
text = json.dumps(data)
print(json.loads(text) == {**data, 'nested': {'deep': [[], {}, ['t', 1]]}})
