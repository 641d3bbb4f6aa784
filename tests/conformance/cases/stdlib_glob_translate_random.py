# Property vectors for glob: seeded random path patterns through glob.translate (3.13+: the
# regex text for recursive/include_hidden/seps, matched against random paths) and through glob
# itself on a random tree (the sorted matches, with recursive and include_hidden); escape of
# random names always matches them literally; the deprecated glob0/glob1.
import glob
import os
import random
import re
import sys
import warnings

random.seed(1013)
PAT = ['a', 'b', '.', '*', '*', '**', '?', '[', ']', '!', '/', '/', '-', 'x']
NAME = ['a', 'b', 'x', '.', '-', '[', ']', '?', '*']

if hasattr(glob, 'translate'):
    for i in range(150):
        pat = ''.join(random.choice(PAT) for _ in range(random.randint(0, 8)))
        rec, hidden = random.random() < 0.5, random.random() < 0.5
        seps = random.choice([None, '/', ('/', '\\')])
        paths = ['/'.join(''.join(random.choice('ab.x') for _ in range(random.randint(1, 3)))
                          for _ in range(random.randint(1, 3))) for _ in range(5)]
        try:
            regex = glob.translate(pat, recursive=rec, include_hidden=hidden, seps=seps)
            m = re.compile(regex).match
            print(i, repr(pat), rec, hidden, seps, regex, [bool(m(p)) for p in paths])
        except Exception as e:
            print(i, repr(pat), type(e).__name__, e)
else:
    print('no glob.translate before 3.13')


def make_tree(top, depth):
    for _ in range(random.randint(1, 4)):
        name = ''.join(random.choice('abx.') for _ in range(random.randint(1, 3)))
        path = os.path.join(top, name)
        if os.path.exists(path):
            continue
        if depth < 2 and random.random() < 0.4:
            os.mkdir(path)
            make_tree(path, depth + 1)
        else:
            with open(path, 'w') as f:
                f.write(name)


os.mkdir('gt')
make_tree('gt', 0)
print(sorted(glob.glob('**', root_dir='gt', recursive=True, include_hidden=True)))
for i in range(120):
    # Patterns stay inside the tree: an absolute one or '..' would search the recording machine.
    pat = ''.join(random.choice(PAT) for _ in range(random.randint(1, 7))).lstrip('/').replace('..', '.a') or '*'
    rec, hidden = random.random() < 0.5, random.random() < 0.5
    try:
        print(i, repr(pat), rec, hidden, sorted(glob.glob(pat, root_dir='gt', recursive=rec, include_hidden=hidden)))
    except Exception as e:
        print(i, repr(pat), type(e).__name__, e)

for i in range(40):
    name = ''.join(random.choice(NAME) for _ in range(random.randint(1, 6)))
    print(repr(name), glob.escape(name), glob.has_magic(name), glob.has_magic(glob.escape(name)))

os.chdir('gt')
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    print(sorted(glob.glob1('', '*')), glob.glob0('', 'nope'))
print([(w.category.__name__, str(w.message)) for w in caught])
os.chdir('..')
for dirpath, dirnames, filenames in os.walk('gt', topdown=False):
    for name in filenames:
        os.remove(os.path.join(dirpath, name))
    os.rmdir(dirpath)
print(glob.glob('gt'))
