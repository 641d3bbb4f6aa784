# reprlib.Repr's container methods: tuples (a lone item keeps its comma), lists, sets and frozensets
# (sorted when they can be, shown empty as set()/frozenset()), deques, arrays and dicts, each cut at its
# own limit, at depth 0 and nested; long strings and ints cut in the middle; a subclass's own limits and
# fill value, and the methods' names as a subclass's super() calls reach them.
import reprlib
import sys
from array import array
from collections import deque

r = reprlib.Repr()
r.maxlevel = 3
values = [(), (1,), tuple(range(10)), [], list(range(10)), set(), {3, 1, 2}, set(range(20)), {2.5}, {'z': 1, 3: 'x', 'a': 2},
          frozenset(), frozenset(range(9)), deque(), deque(range(8)), array('i'), array('i', range(9)),
          array('d', [1.5]), {}, {i: str(i) for i in range(7)}, {'b': [1, [2, [3, [4]]]], 'a': (1, (2, (3, (4,))))},
          'x' * 100, 'ab', 10 ** 60, -10 ** 45, [[[[[1]]]]], ([{}],), [set(), frozenset(), deque()]]
for value in values:
    print(r.repr(value), '|', reprlib.repr(value))
print(r.repr1([1, [2]], 0), r.repr1({'a': 1}, 0), r.repr1((1,), 0), r.repr1('abc', 0), r.repr1(set(), 0), r.repr1(deque([1]), 0))


class Short(reprlib.Repr):
    def __init__(self):
        super().__init__()
        self.maxlist = 2
        self.maxset = 1
        self.maxdict = 1
        self.maxstring = 8
        self.maxlong = 6
        self.fillvalue = '<>'

    def repr_list(self, x, level):
        return 'L' + super().repr_list(x, level)


s = Short()
print(s.repr([1, 2, 3]), s.repr({5, 4}), s.repr({'k': 1, 'j': 2}), s.repr('abcdefghijkl'), s.repr(123456789), s.repr(frozenset({1, 2})))
print([(name, getattr(reprlib.Repr, name).__qualname__) for name in sorted(vars(reprlib.Repr)) if name.startswith('repr_')])
if sys.version_info >= (3, 12):
    r = reprlib.Repr(maxlist=2, maxtuple=1, indent=2, fillvalue='..')
    print(r.repr([1, [2, 3, 4], (5, 6)]), r.maxlevel, r.maxother, r.indent, sorted(vars(r)))
    print(reprlib.Repr(indent='-->').repr({'a': [1, 2], 'b': (3,)}))
