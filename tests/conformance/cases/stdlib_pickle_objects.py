# pickle of the program's objects: classes and functions by reference, instances through their
# default reduction (__dict__, __slots__, __getstate__/__setstate__, __getnewargs_ex__), their own
# __reduce__/__reduce_ex__, copyreg registrations, dataclasses, enums, namedtuples, exceptions,
# collections' types, and Pickler/Unpickler subclasses.
import collections
import copyreg
import dataclasses
import enum
import io
import pickle
import re


class Plain:
    def __init__(self, name):
        self.name = name
        self.tags = ['t']

    def __repr__(self):
        return f'Plain({self.name!r}, {self.tags})'

    class Nested:
        pass


class Slotted:
    __slots__ = ('a', 'b')

    def __init__(self):
        self.a = 1


class Stateful:
    def __init__(self, n):
        self.n = n
        self.cache = {'big': n * 100}

    def __getstate__(self):
        return {'n': self.n}

    def __setstate__(self, state):
        print('  setstate', state)
        self.n = state['n']
        self.cache = None


class Reduced:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __reduce__(self):
        return (Reduced, (self.x, self.y))

    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)


class Point3(tuple):
    def __new__(cls, x, *, z=0):
        return super().__new__(cls, (x, z))

    def __getnewargs_ex__(self):
        return (self[0],), {'z': self[1]}


@dataclasses.dataclass
class Item:
    name: str
    qty: int = 1


@dataclasses.dataclass(frozen=True)
class Frozen:
    key: str


class Color(enum.Enum):
    RED = 1
    GREEN = 'g'


class Perm(enum.IntFlag):
    R = 4
    W = 2


Row = collections.namedtuple('Row', 'id label')


class AppError(Exception):
    pass


def helper(x):
    return x + 1


def show(v, protos=(0, 2, 4)):
    for proto in protos:
        data = pickle.dumps(v, proto)
        back = pickle.loads(data)
        print(proto, data)
        print('  ->', re.sub(' at 0x[0-9a-f]+', '', repr(back)))
    return back


show(Plain)
show(Plain.Nested, (0, 1, 2, 3, 4))
show(helper)
show(len)
show([type(None), type(Ellipsis), Ellipsis, NotImplemented])
p = show(Plain('p'))
print(p.tags, p.__dict__)
s = show(Slotted(), (2, 4))
try:
    pickle.dumps(Slotted(), 0)
except TypeError as exc:
    print('TypeError', exc)
print(s.a, hasattr(s, 'b'))
st = show(Stateful(3))
print(st.n, st.cache)
show(Reduced(1, 'y'))
pt = show(Point3(5, z=7), (2, 3, 4))
print(type(pt).__name__, pt)
show(Item('bolt', 4))
show(Frozen('k'))
show([Color.RED, Color.GREEN, Perm.R | Perm.W])
print(pickle.loads(pickle.dumps(Color.GREEN)) is Color.GREEN)
show(Row(1, 'one'))
e = show(AppError('boom', 42))
print(type(e).__name__, e.args)
err = KeyError('k')
err.note = 'extra'
print(pickle.loads(pickle.dumps(err)).__dict__)
show(OSError('disk full', 'spool'))
show(collections.OrderedDict(a=1, b=2))
dd = show(collections.defaultdict(list, {'x': [1]}))
dd['new'].append(2)
print(dd)
show(collections.Counter('abca'))
show(collections.deque([1, 2], maxlen=5))
show(Plain('m').__repr__)
show([].append)

# copyreg: a reduction function for a class.


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __repr__(self):
        return f'Money({self.cents})'


def reduce_money(m):
    return Money, (m.cents,)


copyreg.pickle(Money, reduce_money)
show(Money(250))


# A Pickler subclass: persistent ids for some objects, a private dispatch table, reducer_override.
class DB:
    records = {'u1': 'Ada', 'u2': 'Bob'}


class User:
    def __init__(self, uid):
        self.uid = uid


class RefPickler(pickle.Pickler):
    def persistent_id(self, obj):
        return ('user', obj.uid) if isinstance(obj, User) else None


class RefUnpickler(pickle.Unpickler):
    def persistent_load(self, pid):
        kind, uid = pid
        return DB.records[uid]


for proto in (1, 4):
    f = io.BytesIO()
    RefPickler(f, proto).dump([User('u1'), User('u2'), 'plain'])
    print(f.getvalue())
    f.seek(0)
    print(RefUnpickler(f).load())

f = io.BytesIO()
p = pickle.Pickler(f, 4)
p.dispatch_table = copyreg.dispatch_table.copy()
p.dispatch_table[Plain] = lambda obj: (str, (obj.name,))
p.dump([Plain('as-str'), Money(5)])
print(f.getvalue(), pickle.loads(f.getvalue()))


class Overriding(pickle.Pickler):
    def reducer_override(self, obj):
        if isinstance(obj, int) and obj > 100:
            return int, (str(obj),)
        return NotImplemented


f = io.BytesIO()
Overriding(f, 2).dump([1, 1000])
print(f.getvalue(), pickle.loads(f.getvalue()))
try:
    pickle.loads(f.getvalue()[:-1])
except Exception as exc:
    print(type(exc).__name__, exc)
