from collections import Counter, defaultdict, OrderedDict, deque, namedtuple

c = Counter(a=3, b=0, c=-1, d=2)
print(c, +c, -c, c.most_common(), c.most_common(1), c.most_common(0), list(c.elements()))
c2 = Counter('abracadabra')
print(c2.most_common(3), c2['a'], 'z' in c2, c2['z'], 'z' in c2, len(c2))
c2['z'] += 1
print(c2, c2.total())
del c2['z']
print(c2)
c3 = Counter({'x': 1}) 
c3 += Counter(x=2, y=-1)
print(c3)
c3 -= Counter(x=5)
print(c3, bool(c3))
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=2), Counter(a=2) < Counter(a=2), Counter('ab') == {'a': 1, 'b': 1})
words = "the quick brown fox jumps over the lazy dog the end".split()
print(Counter(words).most_common(2), Counter(len(w) for w in words))
cc = c2.copy(); cc.update('aaa'); print(c2['a'], cc['a'], type(cc).__name__, isinstance(cc, dict))
print(dict(Counter('hello')), sorted(Counter('hello').items()), list(Counter('hello').keys()))

dd = defaultdict(int)
for ch in "mississippi":
    dd[ch] += 1
print(dd, dd.default_factory, len(dd), dd.get('q'), 'q' in dd)
nested = defaultdict(lambda: defaultdict(list))
nested['a']['b'].append(1)
print(dict(nested['a']), isinstance(nested, dict))
try:
    defaultdict(None)['x']
except KeyError as e:
    print('KeyError', e)
dd2 = dd.copy(); dd2['new'] += 5; print(type(dd2).__name__, dd2['new'], 'new' in dd)

od = OrderedDict()
od['b'] = 1; od['a'] = 2; od['c'] = 3
print(od, list(od), od == OrderedDict([('b', 1), ('a', 2), ('c', 3)]), od == OrderedDict([('a', 2), ('b', 1), ('c', 3)]), od == {'a': 2, 'b': 1, 'c': 3})
od.move_to_end('b')
print(list(od.keys()), od.popitem(last=False), OrderedDict.fromkeys('xy', 0), OrderedDict())
try:
    OrderedDict().popitem()
except KeyError as e:
    print('KeyError', e)

Point = namedtuple('Point', ['x', 'y'])
p = Point(x=1, y=2)
x, y = p
print(p, x + y, p._replace(y=5), Point._make((7, 8)), p[0], p[-1], p[:1], p.count(1), p.index(2), p + (3,), sorted([Point(2, 1), Point(1, 2)]))
print(Point(1, 2) == Point(1, 2), Point(1, 2) == (1, 2), {p: 'v'}[(1, 2)], max(Point(1, 5), Point(2, 0)), tuple(p), len(p), type(p).__name__)
Rec = namedtuple('Rec', 'a, b c', defaults=(None,))
print(Rec(1, 2), Rec._field_defaults, Rec.__name__)
R2 = namedtuple('R2', ['ok', 'class', '_x'], rename=True)
print(R2._fields, R2(1, 2, 3))
class Sub(Point):
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
print(Sub(3, 4).norm(), Sub(3, 4))
try:
    p.x = 5
except AttributeError as e:
    print('AttributeError')
q = deque(maxlen=2)
q.extend([1, 2, 3])
print(q, list(q), len(q))
