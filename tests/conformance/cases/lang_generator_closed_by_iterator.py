# A generator with cleanup code read by zip(), map(), filter() or enumerate() dies with the
# iterator holding it: CPython closes it (its finally runs) as the iterator's last reference goes
# (del, a rebound name, a loop's break, a function's return), and not while a name still holds it.


def gen(tag):
    try:
        yield 1
        yield 2
    finally:
        print('closed', tag)


def f():
    z = zip(gen('zip'), [1, 2, 3])
    print(next(z))
    del z
    print('after zip del')
    m = map(str, gen('map'))
    print(next(m))
    m = None
    print('after map rebound')
    fl = filter(None, gen('filter'))
    print(next(fl))
    del fl
    print('after filter')
    e = enumerate(gen('enumerate'))
    print(next(e))
    del e
    print('after enumerate')
    print(next(zip(gen('temporary'), 'ab')))
    print('end of f')


def loops():
    for a, b in zip(gen('for zip'), 'abc'):
        print(a, b)
        break
    print('after break')
    for i, x in enumerate(gen('for enumerate')):
        break
    print('after enumerate break')
    for x in map(lambda v: v * 2, filter(None, gen('nested'))):
        print(x)
        break
    print('after nested')


def local():
    z = zip(gen('local'), range(3))
    next(z)
    return 'returned'


f()
loops()
print(local())
print('sum', sum(x for x, _ in zip(gen('genexp'), range(1))))
g = gen('global')
z = zip(g, 'ab')
next(z)
del z
print('zip gone, generator held')
del g
print('end')
