# shutil on the run's file system: copyfile/copy/copy2 (into a directory too), copyfileobj with a
# length, copytree with ignore_patterns and dirs_exist_ok, move (rename, into a directory), rmtree
# (and its errors through onerror / ignore_errors), which and get_terminal_size, and CPython's
# errors: SameFileError, a missing source, a missing destination directory, an existing tree,
# a directory moved into itself. Listings are sorted: a real directory's order is its file system's.
# Errno numbers are left out (Pyodide's, which records 3.14, are Emscripten's).
import asyncio
import io
import os
import re
import shutil

ROOT = 'shutil_demo'


def tree(top):
    out = []
    for dirpath, dirnames, filenames in os.walk(top):
        for name in sorted(filenames):
            path = os.path.join(dirpath, name)
            with open(path) as f:
                out.append((os.path.relpath(path, top), f.read()))
        out.extend((os.path.relpath(os.path.join(dirpath, d), top) + '/', None) for d in dirnames if not os.listdir(os.path.join(dirpath, d)))
    return sorted(out, key=lambda t: t[0])


def msg(e):
    return re.sub(r'\[Errno \d+\] ', '', str(e))


def attempt(label, f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
        print(label, 'ok', r)
    except Exception as e:
        print(label, type(e).__name__, type(e).__mro__[1].__name__, msg(e))


async def produce(name, n):
    await asyncio.sleep(0.01 * n)
    with open(os.path.join(ROOT, 'src', name), 'w') as f:
        f.write(f'{name}:' + 'x' * n)
    return name


async def main():
    os.makedirs(os.path.join(ROOT, 'src', 'sub', 'deep'))
    os.makedirs(os.path.join(ROOT, 'src', 'empty'))
    names = await asyncio.gather(produce('a.txt', 3), produce('b.log', 1), produce('c.tmp', 2))
    print(names)
    with open(os.path.join(ROOT, 'src', 'sub', 'deep', 'd.txt'), 'w') as f:
        f.write('deep')


asyncio.run(main())
os.chdir(ROOT)
print(shutil.copyfile('src/a.txt', 'copy.txt'), open('copy.txt').read())
print(shutil.copy('src/b.log', 'src/sub'), sorted(os.listdir('src/sub')))
print(shutil.copy2('src/c.tmp', 'c2.tmp'), open('c2.tmp').read())
print(os.stat('c2.tmp').st_mtime == os.stat('src/c.tmp').st_mtime)
attempt('same', shutil.copyfile, 'copy.txt', 'copy.txt')
attempt('same via dir', shutil.copy, 'src/a.txt', 'src')
attempt('missing src', shutil.copyfile, 'nope.txt', 'x.txt')
attempt('missing dst dir', shutil.copyfile, 'copy.txt', 'no/such/dir/x.txt')
attempt('dst dir slash', shutil.copyfile, 'copy.txt', 'nodir/')
attempt('dst is dir', shutil.copyfile, 'copy.txt', 'src')
attempt('src is dir', shutil.copyfile, 'src', 'y.txt')
print(isinstance(shutil.SameFileError('x'), OSError), issubclass(shutil.SameFileError, shutil.Error))

src = io.StringIO('0123456789' * 5)
dst = io.StringIO()
shutil.copyfileobj(src, dst, 7)
print(dst.getvalue() == '0123456789' * 5)
with open('copy.txt', 'rb') as fsrc, open('copy.bin', 'wb') as fdst:
    shutil.copyfileobj(fsrc, fdst)
print(open('copy.bin', 'rb').read())

print(shutil.copytree('src', 'backup', ignore=shutil.ignore_patterns('*.tmp', 'empty')))
print(tree('backup'))
attempt('exists', shutil.copytree, 'src', 'backup')
with open('src/a.txt', 'w') as f:
    f.write('changed')
print(shutil.copytree('src', 'backup', dirs_exist_ok=True))
print(tree('backup'))
seen = []
shutil.copytree('src', 'logged', copy_function=lambda s, d: seen.append((s, d)))
print(sorted(seen), tree('logged'))
attempt('missing tree', shutil.copytree, 'nowhere', 'x')

print(shutil.move('copy.txt', 'moved.txt'), os.path.exists('copy.txt'), open('moved.txt').read())
print(shutil.move('moved.txt', 'backup'), sorted(os.listdir('backup')))
print(shutil.move('logged', 'backup'), sorted(os.listdir('backup')))
shutil.copy('c2.tmp', 'backup')
attempt('move exists', shutil.move, 'c2.tmp', 'backup')
attempt('move onto file', shutil.move, 'c2.tmp', 'backup/a.txt')
print(open('backup/a.txt').read(), os.path.exists('c2.tmp'))
shutil.copy('backup/a.txt', 'c2.tmp')
attempt('move into itself', shutil.move, 'src', 'src/sub')
attempt('move missing', shutil.move, 'ghost', 'g2')

calls = []
shutil.rmtree('backup/logged')
print(sorted(os.listdir('backup')))
shutil.rmtree('missing', onerror=lambda func, path, info: calls.append((func.__name__, path, info[0].__name__, msg(info[1]))))
shutil.rmtree('c2.tmp', onerror=lambda func, path, info: calls.append((func.__name__, path, info[0].__name__, msg(info[1]))))
for c in calls:
    print(c)
shutil.rmtree('missing', ignore_errors=True)
attempt('rmtree missing', shutil.rmtree, 'missing')
attempt('rmtree file', shutil.rmtree, 'c2.tmp')
shutil.rmtree('backup')
shutil.rmtree('src')
print(sorted(os.listdir('.')))

print(shutil.which('loopline-no-such-program'), shutil.which('c2.tmp', path='.'), shutil.which('c2.tmp', mode=os.F_OK, path='.'))
print(shutil.which('./c2.tmp', mode=os.R_OK), shutil.which('c2.tmp', mode=os.F_OK, path=''))
size = shutil.get_terminal_size()
print(size, size.columns, size.lines, tuple(size), shutil.get_terminal_size((100, 40)))
os.environ['COLUMNS'] = '132'
print(shutil.get_terminal_size())
os.environ['LINES'] = 'x'
print(shutil.get_terminal_size((10, 5)))
print(shutil.COPY_BUFSIZE in (64 * 1024, 256 * 1024))
os.chdir('..')
shutil.rmtree(ROOT)
print(os.path.exists(ROOT))
