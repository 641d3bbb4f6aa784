# pprint of collections' types when they do not fit: deque (with and without maxlen), Counter (most
# common first), OrderedDict (as a list of pairs), defaultdict, ChainMap, UserDict, UserList, and
# subclasses that keep their base's repr (printed as the base).
import collections
import pprint
from collections import deque, Counter, OrderedDict, defaultdict, ChainMap, UserDict, UserList


class MyDict(dict):
    pass


class MyList(list):
    def __repr__(self):
        return 'MyList' + list.__repr__(self)


items = [
    deque(range(25)),
    deque('abcdefghijklmnopqrstuvwxyz', maxlen=20),
    deque(),
    Counter('mississippi river banks'),
    Counter(),
    OrderedDict((k, k * 3) for k in 'abcdefgh'),
    OrderedDict(),
    defaultdict(list, {'alpha': list(range(12)), 'beta': ['x'] * 5}),
    defaultdict(int),
    ChainMap({'a': list(range(10))}, {'b': 'long text ' * 4}, {}),
    ChainMap(),
    UserDict({'k%d' % i: i for i in range(8)}),
    UserList(range(30, 50)),
    MyDict({'w%d' % i: [i] * 3 for i in range(5)}),
    MyList(range(20)),
    {'nested': [deque(range(12)), Counter('aaabbc')]},
]
for width in (80, 30):
    for x in items:
        print(pprint.pformat(x, width=width))
print(pprint.pformat(items[3], width=20, indent=3))
print(pprint.pformat(items[7], width=25, depth=1))
pprint.pp(OrderedDict(b=[1] * 20, a=2), width=30)
