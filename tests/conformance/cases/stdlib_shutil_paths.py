# shutil's path handling: copy/copy2 into a directory (the returned name), copyfile onto itself and into a
# missing directory, move into a directory, onto a taken name and into itself, which() with and without a
# directory part and PATH (nothing is executable, so only mode=F_OK finds files), get_terminal_size from
# COLUMNS/LINES with bad values and the fallback, and the exception classes' bases.
import os
import shutil
import tempfile

base = tempfile.mkdtemp()
os.makedirs(base + '/box/inner')
os.chdir(base)


def show(*values):
    print(*[str(v).replace(base, 'BASE') for v in values])


with open('a.txt', 'w') as f:
    f.write('alpha')
print(shutil.copy('a.txt', 'box'), shutil.copy2('a.txt', 'box/b.txt'), sorted(os.listdir('box')))
for args in [('a.txt', 'a.txt'), ('a.txt', 'nowhere/x.txt'), ('a.txt', 'box')]:
    try:
        print(shutil.copyfile(*args))
    except OSError as e:
        print(type(e).__name__, e.filename or e, type(e.__cause__).__name__)
show(shutil.move('box/b.txt', 'box/inner'), sorted(os.listdir('box/inner')))
with open('c.txt', 'w') as f:
    f.write('c')
shutil.copy('c.txt', 'box/inner/c.txt')
for src, dst in [('c.txt', 'box/inner'), ('box', 'box/inner'), ('box/inner', base + '/box/inner/deeper')]:
    try:
        show(shutil.move(src, dst))
    except shutil.Error as e:
        show('Error', e)
    except OSError as e:
        print(type(e).__name__, e.filename)
show(shutil.which('a.txt', mode=os.F_OK, path=f'/nope:{base}:{base}'), shutil.which('a.txt'),
     shutil.which(base + '/a.txt', mode=os.F_OK), shutil.which('a.txt', mode=os.F_OK, path=''))
os.environ['PATH'] = base
show(shutil.which('a.txt', mode=os.F_OK), shutil.which('missing', mode=os.F_OK))
for cols, lines in [(None, None), ('100', '40'), ('abc', '30'), ('0', '-3'), ('120', None)]:
    for key, value in (('COLUMNS', cols), ('LINES', lines)):
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value
    print(tuple(shutil.get_terminal_size()), tuple(shutil.get_terminal_size((33, 11))))
print([c.__mro__[1].__name__ for c in (shutil.Error, shutil.SameFileError, shutil.SpecialFileError, shutil.ReadError, shutil.RegistryError)])
