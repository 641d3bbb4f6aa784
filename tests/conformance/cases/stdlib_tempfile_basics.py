# tempfile on the run's file system: gettempdir and the prefixes, mkdtemp/mkstemp/mktemp with
# prefix, suffix and dir, NamedTemporaryFile (text and binary, delete, delete_on_close from 3.12)
# and TemporaryDirectory as context managers, with what exists before and after. The random part
# of a name differs from CPython's (Loopline's is the same in every run), so only its shape is
# printed.
import asyncio
import os
import re
import sys
import tempfile

SHAPE = re.compile(r'[a-z0-9_]{8}')


def shape(path, prefix='tmp', suffix=''):
    base = os.path.basename(path)
    middle = base[len(prefix):len(base) - len(suffix)] if suffix else base[len(prefix):]
    where = os.path.dirname(path)
    return (where if where in ('/tmp', '/home', '.') else where == d, base.startswith(prefix), base.endswith(suffix), bool(SHAPE.fullmatch(middle)))


print(tempfile.gettempdir(), tempfile.gettempdirb(), tempfile.gettempprefix(), tempfile.gettempprefixb(),
      tempfile.tempdir, tempfile.template, tempfile.TMP_MAX >= 10000)

d = None
d = tempfile.mkdtemp()
print('mkdtemp', shape(d), os.path.isdir(d), os.listdir(d))
d2 = tempfile.mkdtemp(suffix='.d', prefix='job-', dir=d)
print('mkdtemp in', shape(d2, 'job-', '.d'), os.path.dirname(d2) == d, os.path.isdir(d2))
fd, path = tempfile.mkstemp(suffix='.txt', prefix='log_', dir=d)
print('mkstemp', type(fd).__name__, shape(path, 'log_', '.txt'), os.path.isfile(path), os.path.getsize(path))
with open(path, 'w') as f:
    f.write('hello')
print(open(path).read(), sorted(os.path.basename(p)[:4] for p in os.listdir(d)))
os.chdir(d)
rel = tempfile.mkdtemp(dir='.')
print('relative dir', os.path.isabs(rel), rel.startswith(d) if os.path.isabs(rel) else rel.startswith('./tmp'))
print('mktemp', shape(tempfile.mktemp(suffix='.x', dir='/home'), suffix='.x'), os.path.exists(tempfile.mktemp()))


async def main():
    with tempfile.NamedTemporaryFile() as f:
        print('named', shape(f.name), os.path.exists(f.name), f.mode)
        f.write(b'abc\n')
        f.flush()
        f.seek(0)
        print(f.read(), f.closed, os.path.getsize(f.name))
        name = f.name
    print('after with', os.path.exists(name), f.closed)

    f = tempfile.NamedTemporaryFile('w+', suffix='.csv', prefix='data', dir=d, delete=False)
    f.write('a,b\n1,2\n')
    f.seek(0)
    print('text', shape(f.name, 'data', '.csv'), list(f), f.encoding)
    f.close()
    print('kept', os.path.exists(f.name), open(f.name).read().splitlines())
    os.remove(f.name)

    g = tempfile.NamedTemporaryFile('w')
    g.write('x')
    name = g.name
    g.close()
    print('closed', os.path.exists(name))
    if sys.version_info >= (3, 12):
        with tempfile.NamedTemporaryFile('w', delete_on_close=False) as h:
            h.write('data')
            h.close()
            print('delete_on_close=False', os.path.exists(h.name), open(h.name).read())
        print('after', os.path.exists(h.name))
    else:
        print('delete_on_close=False', True, 'data')
        print('after', False)

    await asyncio.sleep(0)
    with tempfile.TemporaryDirectory(prefix='work') as work:
        print('tempdir', shape(work, 'work'), os.path.isdir(work))
        os.makedirs(os.path.join(work, 'a', 'b'))
        with open(os.path.join(work, 'a', 'b', 'f.txt'), 'w') as out:
            out.write('1')
        with open(os.path.join(work, 'top.txt'), 'w') as out:
            out.write('2')
        print(sorted(os.listdir(work)))
    print('removed', os.path.exists(work))
    t = tempfile.TemporaryDirectory(suffix='_x')
    print(repr(t).startswith("<TemporaryDirectory '/tmp/tmp"), repr(t).endswith("_x'>"), os.path.isdir(t.name))
    t.cleanup()
    t.cleanup()
    print(os.path.exists(t.name), tempfile.TemporaryDirectory[str])
    if sys.version_info >= (3, 12):
        with tempfile.TemporaryDirectory(delete=False) as kept:
            pass
        print('delete=False', os.path.isdir(kept))
    else:
        print('delete=False', True)


asyncio.run(main())
