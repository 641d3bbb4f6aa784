import copy
from collections import namedtuple, defaultdict, Counter, OrderedDict
from dataclasses import dataclass, field

a = [1, [2, 3], {'k': [4]}]
s = copy.copy(a)
d = copy.deepcopy(a)
a[1].append(99)
a[2]['k'].append(5)
print(s, d, s[1] is a[1], d[1] is a[1])

shared = [0]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is shared)

cyc = [1]
cyc.append(cyc)
c2 = copy.deepcopy(cyc)
print(c2[1] is c2, c2 is cyc, c2)
dd = {'self': None}
dd['self'] = dd
print(copy.deepcopy(dd)['self']['self'] is not dd)

t = (1, 2, 'x')
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, [2]))[1] is not None)
tl = ([1],)
print(copy.deepcopy(tl) is tl, copy.deepcopy(tl) == tl)
print(copy.copy({1, 2}), copy.deepcopy(frozenset({3})), copy.copy('s'), copy.deepcopy(None), copy.copy(len) is len)
print(copy.copy(int) is int, copy.deepcopy(range(3)))


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.tags = []

    def __repr__(self):
        return f'Point({self.x}, {self.y}, {self.tags})'


p = Point(1, 2)
q = copy.copy(p)
r = copy.deepcopy(p)
p.tags.append('moved')
q.x = 10
print(p, q, r, type(q).__name__, q.tags is p.tags, r.tags is p.tags)


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
        self.parent = None

    def add(self, child):
        child.parent = self
        self.children.append(child)
        return child


root = Node('root')
leaf = root.add(Node('a')).add(Node('b'))
root2 = copy.deepcopy(root)
print(root2.children[0].parent is root2, root2.children[0].children[0].name, root2 is not root)


class Custom:
    def __init__(self, v):
        self.v = v
        self.log = []

    def __copy__(self):
        print('__copy__ called')
        c = Custom(self.v)
        c.log = self.log
        return c

    def __deepcopy__(self, memo):
        print('__deepcopy__ called', type(memo).__name__, id(self) in memo)
        c = Custom(copy.deepcopy(self.v, memo))
        memo[id(self)] = c
        return c


cu = Custom([1, 2])
c1 = copy.copy(cu)
c2 = copy.deepcopy([cu, cu])
print(c1.log is cu.log, c2[0] is c2[1], c2[0].v == cu.v, c2[0].v is cu.v)


class WithState:
    def __init__(self):
        self.keep = 1
        self.cache = 'big'

    def __getstate__(self):
        state = dict(self.__dict__)
        del state['cache']
        return state

    def __setstate__(self, state):
        print('setstate', sorted(state))
        for k, v in state.items():
            setattr(self, k, v)
        self.cache = None


w = copy.deepcopy(WithState())
print(w.keep, w.cache)


class Reduced:
    def __init__(self, a, b):
        self.a, self.b = a, b

    def __reduce__(self):
        return (Reduced, (self.a, self.b))

    def __repr__(self):
        return f'Reduced({self.a!r}, {self.b!r})'


print(copy.copy(Reduced(1, [2])), copy.deepcopy(Reduced('x', {'y': 1})))

P = namedtuple('P', 'x y')
np_ = P(1, [2])
print(copy.copy(np_), copy.deepcopy(np_), copy.deepcopy(np_).y is np_.y, type(copy.deepcopy(np_)).__name__)
ddict = defaultdict(list)
ddict['a'].append(1)
dcopy = copy.deepcopy(ddict)
dcopy['b'].append(2)
print(dict(ddict), dict(dcopy), type(copy.copy(ddict)).__name__)
cnt = Counter('abca')
print(copy.copy(cnt), copy.deepcopy(cnt), copy.copy(OrderedDict(a=1)))


@dataclass
class Cfg:
    name: str
    opts: list = field(default_factory=list)


@dataclass(frozen=True)
class Frozen:
    x: int
    tags: tuple = ()


cf = Cfg('a', [1])
cf2 = copy.deepcopy(cf)
cf2.opts.append(2)
print(cf, cf2, copy.copy(Frozen(1, (2,))), copy.deepcopy(Frozen(2, ([3],))))


class MyList(list):
    pass


ml = MyList([1, [2]])
ml.extra = 'e'
mc = copy.deepcopy(ml)
print(type(mc).__name__, mc, mc.extra, mc[1] is ml[1], copy.copy(ml).extra)

memo = {}
x = [1]
y1 = copy.deepcopy(x, memo)
y2 = copy.deepcopy(x, memo)
print(y1 is y2, id(x) in memo, len(memo))
e = ValueError('bad', [1])
e2 = copy.deepcopy(e)
print(type(e2).__name__, e2.args, e2.args[1] is e.args[1], copy.copy(e).args is not None)
