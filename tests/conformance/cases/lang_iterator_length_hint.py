"""operator.length_hint and __length_hint__ on the iterators of sized containers: what is left
after some items were taken, 0 once exhausted or once a set or dict changed size, and the default
for iterators that cannot know (map, zip, enumerate)."""
import asyncio
import operator

its = [iter(range(5)), iter([1, 2, 3]), iter((1, 2)), iter({1: 2, 3: 4}), iter({1, 2}), iter('abc'),
       reversed([1, 2]), iter({1: 2}.values()), iter({1: 2}.items()), iter(b'ab'), reversed(range(3)),
       iter(range(0, 10, 3)), map(str, [1]), zip([1], [2]), enumerate([1])]
for it in its:
    next(it, None)
    print(operator.length_hint(it), operator.length_hint(it, -1), hasattr(it, '__length_hint__'))

items = [1, 2, 3, 4]
it = iter(items)
next(it)
items.pop()
print(it.__length_hint__())
items.clear()
print(it.__length_hint__(), list(it), it.__length_hint__())
back = reversed(items + [5, 6, 7])
next(back)
print(back.__length_hint__())
s = {1, 2, 3}
si = iter(s)
next(si)
print(si.__length_hint__())
s.add(9)
print(si.__length_hint__())
d = {'a': 1, 'b': 2}
di = iter(d)
d['c'] = 3
print(di.__length_hint__())


async def drain(it):
    out = []
    for x in it:
        await asyncio.sleep(0.1)
        out.append((x, operator.length_hint(it)))
    return out


print(asyncio.run(drain(iter('xyz'))))
