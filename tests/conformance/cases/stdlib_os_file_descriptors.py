# os's file descriptors on the run's file system: os.open with O_RDONLY/O_WRONLY/O_RDWR and
# O_CREAT/O_TRUNC/O_APPEND/O_EXCL, os.read/os.write/os.lseek/os.fstat/os.close, os.fsync,
# os.fdatasync and os.truncate, the numbers the kernel hands out (lowest free from 3, shared with
# open()'s files and their fileno()), os.fdopen over a descriptor (its position shared, modes it
# does not allow), tempfile.mkstemp's descriptor used with them, open(opener=...), and the errors
# ([Errno 9], [Errno 2], [Errno 17], [Errno 21], [Errno 22]). Descriptor numbers are printed
# outside the event loop only (a running loop holds some), errno numbers not at all (Pyodide's
# 3.14 has Emscripten's: EBADF is 8 there).
import asyncio
import os
import tempfile

base = tempfile.mkdtemp()
path = os.path.join(base, 'data.bin')


def err(what, fn):
    try:
        result = fn()
    except Exception as e:
        name = os.path.basename(e.filename) if isinstance(getattr(e, 'filename', None), str) else getattr(e, 'filename', None)
        print(what, type(e).__name__, getattr(e, 'strerror', None) or str(e), name)
    else:
        print(what, 'ok', result)


fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
print('open', fd, os.write(fd, b'hello\nworld\n'), os.lseek(fd, 0, os.SEEK_CUR), os.fstat(fd).st_size)
err('read on write-only', lambda: os.read(fd, 5))
err('write str', lambda: os.write(fd, 'text'))
err('negative seek', lambda: os.lseek(fd, -1, os.SEEK_SET))
err('bad whence', lambda: os.lseek(fd, 0, 7))
print('seek past end', os.lseek(fd, 20, os.SEEK_SET), os.write(fd, b'!'), os.fstat(fd).st_size)
os.close(fd)
err('close twice', lambda: os.close(fd))
err('read closed', lambda: os.read(fd, 1))
err('fstat closed', lambda: os.fstat(fd))

fd = os.open(path, os.O_RDONLY)
print('read', fd, os.read(fd, 5), os.read(fd, 3), os.lseek(fd, -4, os.SEEK_END), os.read(fd, 100), os.read(fd, 10))
err('read negative', lambda: os.read(fd, -1))
err('write on read-only', lambda: os.write(fd, b'x'))
fd2 = os.open(path, os.O_RDWR)
f = open(path, 'rb')
print('numbers', fd, fd2, f.fileno())
os.close(fd)
fd3 = os.open(path, os.O_RDONLY)
print('lowest free', fd3)
f.close()
os.close(fd2)
os.close(fd3)

fd = os.open(path, os.O_RDWR | os.O_APPEND)
print('append', os.write(fd, b'tail'), os.lseek(fd, 0, os.SEEK_CUR), os.fstat(fd).st_size)
os.lseek(fd, 0, os.SEEK_SET)
print('append writes at end', os.write(fd, b'+'), os.lseek(fd, 0, os.SEEK_CUR))
os.lseek(fd, 6, os.SEEK_SET)
with os.fdopen(fd, 'rb') as f:
    print('fdopen', repr(f), f.name, f.mode, f.fileno(), f.read(5), f.tell())
err('fd after fdopen closed', lambda: os.fstat(fd))

err('missing', lambda: os.open(os.path.join(base, 'nope.txt'), os.O_RDONLY))
err('missing dir', lambda: os.open(os.path.join(base, 'no', 'x'), os.O_WRONLY | os.O_CREAT))
err('exclusive', lambda: os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL))
sub = os.path.join(base, 'sub')
os.mkdir(sub)
err('dir for writing', lambda: os.open(sub, os.O_WRONLY))
err('dir created', lambda: os.open(sub, os.O_RDONLY | os.O_CREAT))
err('dir exclusive', lambda: os.open(sub, os.O_RDONLY | os.O_CREAT | os.O_EXCL))
err('fdopen bad', lambda: os.fdopen(99))
d = os.open(base, os.O_RDONLY)
err('read dir', lambda: os.read(d, 1))
os.close(d)

fd = os.open(path, os.O_WRONLY | os.O_TRUNC)
print('truncated', os.fstat(fd).st_size)
with os.fdopen(fd, 'w') as f:
    print('text fdopen', f.name, f.mode, f.fileno() == fd, f.write('one\ntwo\n'))
with open(path) as f:
    print('contents', f.read().split())
with open(path, 'a') as f:
    f.write('three\n')
    f.flush()
    print('fsync', os.fsync(f.fileno()), os.fsync(f), os.fdatasync(f.fileno()))
err('fsync closed', lambda: os.fsync(fd))
err('fsync str', lambda: os.fsync('x'))
err('fsync negative', lambda: os.fsync(-1))
print('truncate', os.truncate(path, 8), os.path.getsize(path))
err('truncate missing', lambda: os.truncate(os.path.join(base, 'nope.txt'), 1))

fd, tmp = tempfile.mkstemp(suffix='.txt', dir=base)
print('mkstemp', fd, tmp.startswith(base), os.fstat(fd).st_size)
with os.fdopen(fd, 'w') as f:
    f.write('from mkstemp\n')
with open(tmp) as f:
    print('mkstemp file', f.read().strip(), f.fileno())
fd, tmp2 = tempfile.mkstemp(dir=base)
print('mkstemp write', os.write(fd, b'raw bytes'), os.lseek(fd, 0, os.SEEK_SET), os.read(fd, 3))
os.close(fd)


def opener(name, flags):
    print('opener flags', flags & os.O_ACCMODE, bool(flags & os.O_CREAT), bool(flags & os.O_TRUNC), bool(flags & os.O_APPEND))
    return os.open(name, flags)


with open(os.path.join(base, 'opened.txt'), 'w', opener=opener) as f:
    print('opener file', os.path.basename(f.name), f.fileno(), f.write('x'))
with open(os.path.join(base, 'opened.txt'), 'a+', opener=opener) as f:
    f.write('y')
    f.seek(0)
    print('opener read', f.read())

g = open(path, 'rb')
os.close(g.fileno())
err('close after os.close', g.close)
print('closed anyway', g.closed)

ro = os.fdopen(os.open(path, os.O_RDONLY), 'w')
print('write to a read-only descriptor', ro.write('lost'))
err('its flush', ro.flush)
ro.write('again')
err('its close', ro.close)
print('closed', ro.closed, os.path.getsize(path))
wo = os.fdopen(os.open(path, os.O_WRONLY), 'rb')
err('read from a write-only descriptor', wo.read)
wo.close()
wt = os.fdopen(os.open(path, os.O_WRONLY))
err('text read from it', wt.readline)
wt.close()


async def worker(name, delay):
    fd = os.open(os.path.join(base, name), os.O_RDWR | os.O_CREAT)
    await asyncio.sleep(delay)
    os.write(fd, name.encode())
    os.lseek(fd, 0, os.SEEK_SET)
    data = os.read(fd, 100)
    os.close(fd)
    return data


async def main():
    print('gathered', await asyncio.gather(worker('a', 0.2), worker('b', 0.1)))


asyncio.run(main())
fd = os.open(path, os.O_RDONLY)
print('after the loop', fd)
os.close(fd)
os.rmdir(sub)
for name in sorted(os.listdir(base)):
    os.remove(os.path.join(base, name))
os.rmdir(base)
print('removed', os.path.exists(base))
