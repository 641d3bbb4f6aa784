# A key whose hash changes after it was stored (a mutable object with __hash__ over its state):
# CPython's table looks in the new hash's place, so `in`, get() and discard() no longer find the
# very object, and add() or d[k] = v store it a second time; back at its old hash it is found
# again. (Not a tuple holding one: 3.14 keeps a tuple's first hash.)
import asyncio


class Mutable:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return self.v

    def __eq__(self, other):
        return isinstance(other, Mutable) and other.v == self.v

    def __repr__(self):
        return f'Mutable({self.v})'


async def main():
    await asyncio.sleep(0)
    m = Mutable(1)
    s = {m}
    d = {m: 'first'}
    m.v = 2
    print(m in s, Mutable(1) in s, Mutable(2) in s, len(s), m in d, d.get(m), list(d))
    s.add(m)
    d[m] = 'second'
    print(len(s), sorted(x.v for x in s), len(d), list(d.values()))
    s.add(m)
    print(len(s))
    s.discard(m)
    print(len(s), s)
    m.v = 1
    print(m in s, len(s), d[m])
    s.remove(m)
    print(s, len(list(d)), list(d)[0] is list(d)[1])


asyncio.run(main())
