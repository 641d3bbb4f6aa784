# tempfile.TemporaryFile (an unnamed file: its name is its descriptor, no directory entry) in
# binary and text modes, and SpooledTemporaryFile: kept in memory (name None, the mode it was
# given) until a write takes it past max_size, fileno() is asked or rollover() is called; then
# a TemporaryFile with the same contents and position. writelines rolls over between lines (3.11)
# or after all of them (3.12 on).
import asyncio
import io
import os
import tempfile

before = sorted(os.listdir(tempfile.gettempdir()))

with tempfile.TemporaryFile() as f:
    print('binary', repr(f), f.name, f.mode, f.fileno(), f.write(b'abc\ndef\n'), f.tell())
    f.seek(0)
    print('read back', f.readline(), f.read(), os.fstat(f.fileno()).st_size)
    print('same tmp entries', sorted(os.listdir(tempfile.gettempdir())) == before)
print('closed', f.closed)

with tempfile.TemporaryFile('w+', encoding='utf-8', newline='') as t:
    print('text', repr(t), t.name, t.mode, t.buffer.mode, t.encoding, t.write('héllo\r\nworld'))
    t.seek(0)
    print('lines', t.readlines())
    other = tempfile.TemporaryFile()
    print('two open', t.fileno(), other.fileno())
    other.close()

s = tempfile.SpooledTemporaryFile(max_size=10)
print('spooled', s._rolled, s.name, s.mode, s.closed, type(s._file).__name__, isinstance(s, tempfile.SpooledTemporaryFile), isinstance(s, io.IOBase))
print('write', s.write(b'12345'), s._rolled, s.tell())
print('write', s.write(b'67890'), s._rolled, s.tell())
print('write', s.write(b'x'), s._rolled, s.tell(), s.name, s.mode)
s.seek(0)
print('read', s.read(), s.fileno())
s.close()
print('closed', s.closed)

with tempfile.SpooledTemporaryFile(max_size=100, mode='w+') as s:
    s.write('first line\n')
    print('text spooled', s._rolled, s.name, s.mode, s.encoding, s.newlines, s.tell())
    s.seek(0)
    print('readline', repr(s.readline()))
    print('fileno rolls over', s.fileno(), s._rolled, s.name, s.mode, s.tell())
    s.seek(0)
    print('after rollover', s.read())

s = tempfile.SpooledTemporaryFile(max_size=8)
s.writelines([b'aaaa', b'bbbb', b'cccc', b'dddd'])
print('writelines', s._rolled, s.tell())
s.rollover()
s.rollover()
print('rollover', s._rolled, s.tell(), s.fileno())
s.seek(0)
print('contents', s.read())
s.truncate(4)
s.seek(0)
print('truncated', s.read())
s.close()

s = tempfile.SpooledTemporaryFile()
s.write(b'x' * 1000)
print('no max', s._rolled, s.tell(), s.readable(), s.writable(), s.seekable(), s.isatty())
s.close()
try:
    with s:
        pass
except ValueError as e:
    print('ValueError', e)


async def main():
    async def job(n):
        with tempfile.SpooledTemporaryFile(max_size=4) as sp:
            sp.write(b'ab' * n)
            await asyncio.sleep(0.1 * n)
            return n, sp._rolled, sp.tell()
    print(await asyncio.gather(job(1), job(3)))


asyncio.run(main())
print('tmp unchanged', sorted(os.listdir(tempfile.gettempdir())) == before)
