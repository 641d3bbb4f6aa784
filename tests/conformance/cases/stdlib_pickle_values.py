# pickle of built-in values: the bytes of every protocol (each version's DEFAULT_PROTOCOL),
# dump/load through files (several pickles in one), and loads of bytes CPython wrote.
import asyncio
import io
import pickle

print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL)
print(pickle.dumps([1, 'a']) == pickle.dumps([1, 'a'], pickle.DEFAULT_PROTOCOL))

VALUES = [None, True, False, 0, 200, 40000, -7, 2**31, -2**63, 10**30, 3.25, -0.0, float('inf'),
          '', 'spam', 'tab\tnew\nline\\', 'é€😀', b'', b'\x00\xffraw', bytearray(b'ba'),
          (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [None], {}, {'k': [1, 2]},
          set(), {5}, frozenset(), frozenset({'f'}), 1.5j, range(2, 9, 3)]

for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    print('protocol', proto)
    for v in VALUES:
        data = pickle.dumps(v, proto)
        back = pickle.loads(data)
        print(f'  {v!r:>22} {data!r} {back == v and type(back) is type(v)}')

# The memo: a shared list is written once, a recursive one refers to itself.
shared = ['s']
doc = {'a': shared, 'b': shared, 'c': (shared, shared)}
for proto in (0, 2, 4, 5):
    data = pickle.dumps(doc, proto)
    back = pickle.loads(data)
    print(proto, data, back['a'] is back['b'] is back['c'][0])
loop = [1, 2]
loop.append(loop)
back = pickle.loads(pickle.dumps(loop))
print(back, back[2] is back)

# Several pickles in one file, read back in order; load at the end raises EOFError.
buf = io.BytesIO()
for v in ('first', [2], {'third': 3}):
    pickle.dump(v, buf, protocol=2)
buf.seek(0)
try:
    while True:
        print('loaded', pickle.load(buf), buf.tell())
except EOFError as e:
    print('EOFError', e)

with open('values.pickle', 'wb') as f:
    p = pickle.Pickler(f, 3)
    p.dump({'x': 1})
    p.dump({'x': 1})
with open('values.pickle', 'rb') as f:
    data = f.read()
    print(data)
    f.seek(0)
    u = pickle.Unpickler(f)
    print(u.load(), u.load())

# Bytes CPython wrote (Python 2's names in protocol 2, and a protocol 5 frame).
print(pickle.loads(b'\x80\x02c__builtin__\nset\nq\x00]q\x01(K\x01K\x02e\x85q\x02Rq\x03.'))
print(pickle.loads(b'\x80\x05\x95\x11\x00\x00\x00\x00\x00\x00\x00}\x94(\x8c\x01a\x94K\x01\x8c\x01b\x94]\x94u.'))
print(pickle.loads(b'(dp0\nVkey\np1\n(lp2\nF1.5\naI01\nas.'))
print(pickle.loads(b'\x80\x02cexceptions\nValueError\nq\x00X\x03\x00\x00\x00badq\x01\x85q\x02Rq\x03.'))
print(pickle.loads(b'\x80\x02U\x03abcq\x00.'), pickle.loads(b'\x80\x02U\x03abcq\x00.', encoding='bytes'))


async def main():
    # A message pickled in one task and read in another.
    queue = asyncio.Queue()

    async def producer():
        for n in range(3):
            await queue.put(pickle.dumps({'n': n, 'sq': n * n}))
            await asyncio.sleep(0.1)
        await queue.put(None)

    async def consumer():
        while (data := await queue.get()) is not None:
            print('got', len(data), pickle.loads(data))

    await asyncio.gather(producer(), consumer())

asyncio.run(main())
