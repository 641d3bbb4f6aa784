# array: construction from lists, bytes, str, iterables and arrays; the list-like methods, indexing,
# slicing and slice assignment, +, *, comparisons, repr, bytes round trips, byteswap, 'f' rounding to
# single precision, unicode arrays ('w' from 3.13, 'u' deprecated from 3.13), and the errors'
# messages of each version. (Sizes of 'l'/'L' and the int/unsigned-int overflow messages depend on
# the C long, so they are in stdlib_array_overflow, for 64-bit builds.)
import array
import copy
import sys
import warnings

warnings.simplefilter('always')


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, '!', type(e).__name__, e)


print(array.array, array.ArrayType is array.array, type(array.array('b')), 'w' in array.typecodes)
print([(c, array.array(c).itemsize) for c in 'bBhHiIqQfd'])
a = array.array('i', [3, 1, 4, 1, 5])
print(a, len(a), a[0], a[-1], a[1:3], a[::-1], a[::2], a.typecode, a.itemsize, list(a), 4 in a, 9 in a)
a.append(9)
a.extend([2, 6])
a.extend(array.array('i', [5, 3]))
a.insert(0, 0)
a.insert(-1, 7)
a.insert(100, 8)
print(a, a.pop(), a.pop(0), a.pop(-2), a)
a.remove(1)
print(a, a.index(5), a.index(5, 4), a.count(1), a.count(42), a.count(1.0))
a.reverse()
print(a, a.tolist())
a[0] = -4
a[1:3] = array.array('i', [10, 20, 30])
a[::3] = array.array('i', [0] * len(a[::3]))
del a[0]
del a[::2]
print(a)
a[2:2] = array.array('i', [7, 7])
print(a, a + array.array('i', [1]), a * 2, 2 * a, a * 0, a * -3)
b = array.array('i', [1, 2])
b += array.array('i', [3])
b *= 2
print(b, b == array.array('i', [1, 2, 3, 1, 2, 3]), b == array.array('d', [1, 2, 3, 1, 2, 3]), b == [1, 2, 3])
print(array.array('b', [1, 2]) < array.array('b', [1, 3]), array.array('b', [1, 2]) < array.array('b', [1, 2, 0]),
      array.array('B', [2]) > array.array('d', [1.5, 9]), array.array('h') <= array.array('h'), b != b)
print(array.array('d', [float('nan')]) == array.array('d', [float('nan')]))
print(array.array('d'), array.array('f', [0.1, 1/3, 1e40, -1e-50, 3.4028235e38, 3.4028236e38, 1.4e-45, 7e-46]))
print(array.array('d', [1, 2.5, True]), array.array('b', [True, False]), array.array('B', b'hi'), array.array('H', bytearray(b'\x01\x02')))
print(array.array('i', range(4)), array.array('q', (x * x for x in range(3))), array.array('d', array.array('b', [1, -1])))
print(array.array('h', [1, 256, -2]).tobytes(), array.array('d', [1.5]).tobytes(), array.array('f', [1.5]).tobytes(), array.array('Q', [1]).tobytes())
c = array.array('h', [1, 256, -2])
c.byteswap()
print(c)
d = array.array('d', [1.0, -2.5])
d.byteswap()
print(d)
d.byteswap()
print(d)
e = array.array('i')
e.frombytes(b'\x01\x00\x00\x00\xff\xff\xff\xff')
e.fromlist([5, 6])
print(e, e.tobytes())
f = array.array('f')
f.frombytes(b'\x00\x00\xc0\x7f\x00\x00\x80\x7f\x00\x00\x80\xff')
print(f)
g = array.array('i', [1, 2])
try:
    g.fromlist([3, 'x'])
except TypeError as exc:
    print('fromlist', exc, g)
try:
    g.extend([4, 'y'])
except TypeError as exc:
    print('extend', exc, g)
print(copy.copy(g), copy.deepcopy(g), copy.copy(g) is g, str(g))
it = iter(g)
print(next(it))
g.append(99)
print(list(it), list(reversed(g)), sorted(array.array('d', [3.5, -1, 2])), max(g), sum(g))

if 'w' in array.typecodes:
    w = array.array('w', 'héllo')
    w.append('!')
    w.fromunicode('?')
    print(w, w.tounicode(), w.tobytes()[:8], w.itemsize, w[1], w[1:3])
else:
    print(sys.version_info[:2], 'no w typecode')
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    u = array.array('u', 'ab')
    print(u, u.tounicode(), [str(x.message) for x in caught], [x.category.__name__ for x in caught])

t('bad typecode', lambda: array.array('z'))
t('str typecode', lambda: array.array('ii'))
t('int typecode', lambda: array.array(1))
t('no args', lambda: array.array())
t('three args', lambda: array.array('i', [], 3))
t('keyword', lambda: array.array('i', initializer=[1]))
t('str init', lambda: array.array('i', 'abc'))
t('str init bad code', lambda: array.array('z', 'abc'))
t('unicode array init', lambda: array.array('d', array.array('u', 'a')))
t('int init', lambda: array.array('i', 5))
t('odd bytes', lambda: array.array('i', b'abc'))
t('float item', lambda: array.array('i', [1.5]))
t('str item', lambda: array.array('b', ['x']))
t('None real', lambda: array.array('d', [None]))
t('str real', lambda: array.array('f', ['1']))
t('w int', lambda: array.array('u', [1]))
t('w str2', lambda: array.array('u', ['ab']))
t('b big', lambda: array.array('b', [128]))
t('b small', lambda: array.array('b', [-129]))
t('B neg', lambda: array.array('B', [-1]))
t('B big', lambda: array.array('B', [256]))
t('h big', lambda: array.array('h', [2 ** 15]))
t('H neg', lambda: array.array('H', [-1]))
t('H huge', lambda: array.array('H', [2 ** 70]))
t('q big', lambda: array.array('q', [2 ** 63]))
t('Q neg', lambda: array.array('Q', [-1]))
t('Q big', lambda: array.array('Q', [2 ** 64]))
t('+ list', lambda: a + [1])
t('+ kind', lambda: a + array.array('d'))
t('< list', lambda: a < [1])
t('* float', lambda: a * 2.0)
t('hash', lambda: hash(a))
t('extend kind', lambda: a.extend(array.array('d', [1])))
t('extend int', lambda: a.extend(5))


def iadd():
    x = array.array('i')
    x += [1]


t('+= list', iadd)
t('pop empty', lambda: array.array('i').pop())
t('pop range', lambda: a.pop(50))
t('remove', lambda: a.remove(123))
t('index', lambda: a.index(123))
t('index start', lambda: array.array('i', [1, 2]).index(1, 1))
t('getitem', lambda: a[50])
t('getitem str', lambda: a['x'])


def setitem():
    a[50] = 1


def setslice():
    a[0:1] = [1]


def setslice_kind():
    a[0:1] = array.array('d', [1])


def setext():
    a[::2] = array.array('i', [1])


def delitem():
    del a[50]


t('setitem', setitem)
t('setslice list', setslice)
t('setslice kind', setslice_kind)
t('extended slice', setext)
t('delitem', delitem)
t('fromlist tuple', lambda: a.fromlist((1,)))
t('frombytes str', lambda: a.frombytes('abcd'))
t('frombytes odd', lambda: a.frombytes(b'abc'))
t('tounicode', lambda: a.tounicode())
t('fromunicode', lambda: a.fromunicode('x'))
t('append none', lambda: a.append())
t('attr', lambda: setattr(a, 'x', 1))
t('clear', lambda: (a.clear(), a)[1])
t('generic', lambda: array.array[int])
