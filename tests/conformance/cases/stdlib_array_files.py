# array's buffer_info (an empty array's address is 0; another's is a real address in CPython,
# made up in Loopline, so only whether it is nonzero is printed) and tofile/fromfile on files of
# the run's file system, io.BytesIO and a class of the program's own: tofile's 64 KiB blocks,
# fromfile's single read, its partial appends and errors (EOFError, negative count, a text file).
import array
import asyncio
import io
import os
import tempfile


class Recorder:
    def __init__(self, data=b''):
        self.data = data

    def write(self, b):
        print('  write', type(b).__name__, len(b))
        return 'ignored'

    def read(self, n):
        print('  read', n)
        return self.data


def attempt(what, fn):
    try:
        print(what, fn())
    except Exception as e:
        print(what, type(e).__name__, e)


a = array.array('i', [1, 2, 3])
info = a.buffer_info()
print('buffer_info', array.array('d').buffer_info(), info[0] != 0, info[1], type(info[0]).__name__)
print('tofile big', array.array('d', range(20000)).tofile(Recorder()))
print('tofile empty', array.array('b').tofile(Recorder()))
attempt('fromfile partial item', lambda: a.fromfile(Recorder(b'\x01\x00\x00\x00\x02'), 1))
attempt('negative count', lambda: a.fromfile(Recorder(), -1))
attempt('no count', lambda: a.fromfile(Recorder()))
attempt('text file out', lambda: a.tofile(io.StringIO()))
attempt('text file in', lambda: a.fromfile(io.StringIO('abc'), 1))
attempt('no file', lambda: a.tofile())
attempt('more than asked', lambda: array.array('b').fromfile(Recorder(b'12345'), 3))
print('unchanged', a)

d = tempfile.mkdtemp()
path = os.path.join(d, 'numbers.bin')
with open(path, 'wb') as f:
    a.tofile(f)
    array.array('h', [7, -7]).tofile(f)
    array.array('d', [0.5]).tofile(f)
print('size', os.path.getsize(path))
b = array.array('i')
with open(path, 'rb') as f:
    b.fromfile(f, 3)
    print('read ints', b, f.tell())
    h = array.array('h')
    h.fromfile(f, 2)
    print('read shorts', h)
    attempt('past the end', lambda: b.fromfile(f, 10))
    print('after', b, f.tell())
with open(path, 'rb') as f:
    attempt('bad multiple', lambda: array.array('q').fromfile(f, 4))
with open(path, 'r') as f:
    attempt('text mode', lambda: b.fromfile(f, 1))

buf = io.BytesIO()
array.array('H', [1, 258, 65535]).tofile(buf)
print('BytesIO', buf.getvalue())
buf.seek(0)
c = array.array('H')
c.fromfile(buf, 3)
print('round trip', c)
os.remove(path)
os.rmdir(d)


async def main():
    out = io.BytesIO()
    for n in range(3):
        array.array('B', [n] * (n + 1)).tofile(out)
        await asyncio.sleep(0.1)
    print('async', out.getvalue())


asyncio.run(main())
