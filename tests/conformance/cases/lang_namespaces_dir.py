# dir(), globals(), locals() and vars() read the namespaces CPython has: the module's, a class body's, a function's snapshot.
import asyncio

print(dir())
counter = 1
g = globals()
print(g is globals(), g['counter'], 'counter' in dir())
g['made_here'] = 5
print(made_here)
print(sorted(k for k in globals() if k.startswith('__')))


def outer(a, *args, b=2, **kw):
    c = a + 1

    def inner():
        return c

    here = locals()
    print(list(here), here['args'], here['kw'], here['c'])
    print(dir())
    print(vars() == locals())
    d = 4
    snapshot = locals()
    d = 5
    print(snapshot['d'], d, 'snapshot' in snapshot, 'here' in snapshot)
    return inner


print(outer(1, 2, b=3, z=9)())


def closure():
    x = 10

    def read():
        y = x
        return locals()

    return read()


print(closure())


class Body:
    p = 1
    print(sorted(locals()))
    locals()['q'] = 2
    print(dir())


print(Body.q)


class Plain:
    def method(self):
        pass


obj = Plain()
obj.z = 1
print(dir(obj))
print(dir(Plain))
print(dir(object()))
print(dir(5)[:12], len(dir(5)))
print(dir('x')[-6:], len(dir('')))
print(len(dir([])), len(dir({})), len(dir(None)), len(dir(True)), len(dir(())), len(dir(set())))
print(dir(ValueError('x')))


class Slotted:
    __slots__ = ('x', 'y')


print(dir(Slotted()))


class Custom:
    def __dir__(self):
        return ['b', 'a', 'c']


print(dir(Custom()))
for bad in [lambda: dir(1, 2), lambda: vars(5), lambda: locals(1), lambda: globals(x=1)]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)


async def main():
    q = 1
    print(locals())
    await asyncio.sleep(0.1)
    w = 2
    print(locals(), sorted(vars()))


asyncio.run(main())
print([x for x in dir() if not x.startswith('__')])
