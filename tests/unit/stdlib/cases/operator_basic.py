import operator
from operator import itemgetter, attrgetter, methodcaller
print(operator.add(1, 2), operator.mul(3, 4), operator.sub(5, 1), operator.truediv(1, 2), operator.floordiv(7, 2), operator.mod(7, 3), operator.neg(3), operator.not_(0), operator.eq(1, 1), operator.lt(1, 2), operator.contains([1], 1), operator.getitem([1, 2], 1), operator.concat('a', 'b'), operator.pow(2, 5), operator.and_(6, 3), operator.or_(4, 1), operator.xor(5, 1), operator.index(5), operator.is_(None, None), operator.truth([]))
print(itemgetter(1)([1, 2]), itemgetter(0, 2)('abc'), itemgetter('k')({'k': 9}), repr(itemgetter(1)), repr(itemgetter(1, 'a')))
class P:
    def __init__(self): self.a = 1; self.b = self
    def m(self, x, y=0): return x + y
print(attrgetter('a')(P()), attrgetter('b.a')(P()), attrgetter('a', 'b.a')(P()), repr(attrgetter('a')), methodcaller('m', 1, y=2)(P()), repr(methodcaller('m', 1, y=2)))
print(sorted([(1, 'b'), (0, 'a'), (1, 'a')], key=itemgetter(1, 0)))
l = [1, 2]; operator.setitem(l, 0, 5); operator.delitem(l, 1); print(l, operator.countOf([1, 1, 2], 1), operator.indexOf([1, 2], 2))
x = [1]; print(operator.iadd(x, [2]), x, operator.length_hint([1, 2]), operator.abs(-2), operator.invert(0), operator.lshift(1, 3))
