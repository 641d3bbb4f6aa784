# collections.ChainMap as the MutableMapping it is: a defaultdict among its maps answers (and fills in) a
# missing key, a ChainMap holding itself shows '...', keys()/values()/items() are views, setdefault/update/
# pop-with-default come from the mixins, == against any Mapping, | from the left with a Mapping (__ror__),
# fromkeys' signature per version, the first-mapping errors, and a subclass's __missing__.
from collections import ChainMap, defaultdict, UserDict, OrderedDict
from collections.abc import MutableMapping, Mapping
import inspect
cm = ChainMap({}, defaultdict(int))
print(cm['x'], dict(cm.maps[1]))
print(cm.get('y'), dict(cm.maps[1]))
print('z' in cm)
c = ChainMap({'a': 1})
c.maps[0]['self'] = c
print(repr(c))
c = ChainMap({'a': 1}, {'b': 2, 'a': 3})
print(c.keys(), c.values(), c.items())
print(list(c.keys()), list(c.values()), list(c.items()))
print(isinstance(c, MutableMapping), issubclass(ChainMap, Mapping))
print(c.setdefault('q', 9), c.maps)
c.update({'r': 1}, s=2); print(c)
print(c.pop('missing', 'dflt'))
print(c == UserDict({'a': 1, 'b': 2, 'q': 9, 'r': 1, 's': 2}))
print(c == {'a': 1, 'b': 2, 'q': 9, 'r': 1, 's': 2}, c != {'a': 1})
print({'z': 0} | c, type({'z': 0} | c).__name__)
print(UserDict({'k': 1}) | ChainMap({'m': 2}))
print(ChainMap({'a': 1}) | UserDict({'b': 2}))
print(ChainMap[int, str])
print(inspect.signature(ChainMap.fromkeys), ChainMap.fromkeys('ab', 0))
try:
    c.pop('nope')
except KeyError as e:
    print('KeyError', e)
try:
    del c['nope']
except KeyError as e:
    print('KeyError', e)
try:
    ChainMap({}, {'a': 1}).popitem()
except KeyError as e:
    print('KeyError', e)
print(ChainMap().parents, ChainMap({'a': 1}).new_child({'b': 2}, c=3))
print(len(ChainMap({'a': 1}, {'a': 2, 'b': 3})), bool(ChainMap({}, {})), list(ChainMap({'a': 1}, {'b': 2, 'a': 3})))
class Dflt(ChainMap):
    def __missing__(self, key):
        return f'missing {key}'
print(Dflt({'a': 1})['zz'], Dflt({'a': 1}).get('zz', 'g'))
x = ChainMap({'a': 1})
x |= {'b': 2}
print(x, x.copy(), x.copy().maps[0] is x.maps[0])
