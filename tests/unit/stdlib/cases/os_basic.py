import os
import os.path
from os import path

print(path is os.path, os.path.__name__, os.sep, os.linesep == '\n', os.pathsep, os.name)
print(os.path.join('a', 'b', 'c.txt'), os.path.join('/x', '/y', 'z'), os.path.join('a/', 'b'), os.path.join('', 'q'))
for p in ['/usr/lib/python3.13/os.py', 'dir/', 'file', '/', '', 'a/b.tar.gz', '.bashrc', '..x', 'a/.hidden.txt', '//a//b']:
    print(repr(p), os.path.basename(p), os.path.dirname(p), os.path.split(p), os.path.splitext(p))
print(os.path.normpath('a/./b/../c//d/'), os.path.normpath('../../x'), os.path.normpath('/../a'), os.path.normpath(''))
print(os.path.isabs('/a'), os.path.isabs('a'), os.path.commonprefix(['/usr/lib', '/usr/local']))
print(type(os.getpid()).__name__, type(os.cpu_count()).__name__, os.cpu_count() >= 1)
print(os.getenv('LOOPLINE_UNSET'), os.getenv('LOOPLINE_UNSET', 'dflt'), os.environ.get('LOOPLINE_UNSET', 'd2'))
os.environ['LOOPLINE_X'] = '1'
print(os.getenv('LOOPLINE_X'), 'LOOPLINE_X' in os.environ)
del os.environ['LOOPLINE_X']
print(os.getenv('LOOPLINE_X'))
try:
    os.environ['LOOPLINE_Y'] = 3
except TypeError as e:
    print(e)
try:
    os.path.join('a', 3)
except TypeError as e:
    print(e)
print(os.path.exists('/definitely/not/here'), os.path.isfile('/nope'), os.path.isdir('/nope/nope'))
print(os.fspath('p'), os.path.relpath('/a/b/c', '/a/d'), os.path.expanduser('x/~'))
