# A generator with cleanup code dies as soon as CPython lets go of it: a call's temporary argument
# (print(next(gen())) closes it before print runs), a local of a function as it returns (before the
# caller goes on); one still held (a name, the call's result, an object) stays open.


def gen(tag):
    try:
        yield tag
        yield tag + '2'
    finally:
        print('closed', tag)


print(next(gen('a')))
print('after a')
x = next(iter(gen('b')))
print('after b', x)
print(str(next(gen('c'))).upper(), 'same line')


def first(tag):
    return next(gen(tag))


print(first('d'))
print('after d')


def local(tag):
    it = gen(tag)
    return next(it)


print(local('e'))
print('after e')


def keeps(tag):
    it = gen(tag)
    next(it)
    return it


kept = keeps('f')
print('kept f', next(kept))
del kept
print('after f')


print(any(v.endswith('2') for v in gen('h')))
print('after h')
print(list(gen('i')))


class Box:
    def __init__(self, it):
        self.it = it


b = Box(gen('j'))
print(next(b.it))
print('box holds j')
b = None
print('after j')


def sender(tag):
    return gen(tag).send(None)


print(sender('k'))
print('after k')


print(len([next(gen('l')), next(gen('m'))]))
print('end')
