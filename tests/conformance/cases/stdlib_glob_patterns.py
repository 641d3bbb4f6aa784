# glob on the run's file system: *, ?, [seq] and [!seq], patterns in the directory part, '**'
# with recursive (and without), root_dir, hidden files (skipped unless the pattern starts with a
# dot or include_hidden), a trailing slash for directories only, iglob, escape and has_magic, and
# a '**' under a missing directory (3.13 yields nothing, older versions the directory itself).
# Results are sorted: glob lists a directory in its file system's order.
import asyncio
import glob
import os
import sys


async def write(path, text, delay):
    await asyncio.sleep(delay)
    os.makedirs(os.path.dirname(path) or '.', exist_ok=True)
    with open(path, 'w') as f:
        f.write(text)


async def main():
    await asyncio.gather(
        write('proj/a.py', 'a', 0.03),
        write('proj/b.py', 'b', 0.01),
        write('proj/c.txt', 'c', 0.02),
        write('proj/.hidden.py', 'h', 0.01),
        write('proj/pkg/__init__.py', '', 0.02),
        write('proj/pkg/mod1.py', 'm', 0.01),
        write('proj/pkg/sub/mod2.py', 'm', 0.03),
        write('proj/.cache/x.py', 'x', 0.02),
        write('proj/data[1].csv', '1', 0.01),
        write('proj/q?.txt', '?', 0.02),
    )


asyncio.run(main())
os.makedirs('proj/empty')


def show(label, result):
    print(label, sorted(result))


show('*.py', glob.glob('proj/*.py'))
show('?.py', glob.glob('proj/?.py'))
show('[ab].py', glob.glob('proj/[ab].py'))
show('[!a].*', glob.glob('proj/[!a].*'))
show('.*', glob.glob('proj/.*'))
show('*/', glob.glob('proj/*/'))
show('*/*.py', glob.glob('proj/*/*.py'))
show('** plain', glob.glob('proj/**/*.py'))
show('** rec', glob.glob('proj/**/*.py', recursive=True))
show('** all', glob.glob('proj/**', recursive=True))
show('** dirs', glob.glob('proj/**/', recursive=True))
show('** hidden', glob.glob('proj/**/*.py', recursive=True, include_hidden=True))
show('* hidden', glob.glob('proj/*', include_hidden=True))
show('root_dir', glob.glob('*.py', root_dir='proj'))
show('root_dir **', glob.glob('**', root_dir='proj', recursive=True))
show('root_dir sub', glob.glob('pkg/*', root_dir='proj'))
show('literal', glob.glob('proj/a.py') + glob.glob('proj/nope.py') + glob.glob('proj/pkg/'))
show('brackets', glob.glob('proj/data[1].csv'))
show('escaped', glob.glob(glob.escape('proj/data[1].csv')))
show('escaped ?', glob.glob(glob.escape('proj/q?.txt')))
print(glob.escape('a*b?c[d].txt'), glob.escape('/x/[y]'), glob.escape(b'b*[x]'), glob.has_magic(b'?'), glob.has_magic('a[b'), glob.has_magic('plain'))
os.chdir('proj')
show('cwd *', glob.glob('*'))
show('cwd **', glob.glob('**', recursive=True))
it = glob.iglob('pkg/**/*.py', recursive=True)
print(type(it).__name__ in ('generator', 'chain'), sorted(it))
os.chdir('..')
show('missing dir', glob.glob('nowhere/*.py'))
show('missing **', glob.glob('nowhere/**', recursive=True))
show('empty', glob.glob(''))
show('no match', glob.glob('proj/*.rs'))
for dirpath, dirnames, filenames in os.walk('proj', topdown=False):
    for name in filenames:
        os.remove(os.path.join(dirpath, name))
    os.rmdir(dirpath)
print(glob.glob('proj'))
