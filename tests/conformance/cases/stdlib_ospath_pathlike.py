# os.path's functions take os.PathLike objects (a pathlib.Path) as CPython's do, through os.fspath.
import os.path as op
from pathlib import Path, PurePosixPath

P = Path('/srv/data') / 'sub' / 'name.tar.gz'
for fn in [op.basename, op.dirname, op.split, op.splitext, op.isabs, op.normpath, op.abspath,
           op.normcase, op.splitdrive, op.expanduser, op.exists, op.isfile, op.isdir]:
    print(repr(fn(P)))
print(op.join(Path('/srv'), Path('a'), 'b'), op.join('x', PurePosixPath('/abs')), op.join(PurePosixPath('rel'), 'y'))
print(op.relpath(P, Path('/srv')), op.relpath(P, start=PurePosixPath('/srv/other')))
print(op.commonpath([Path('/srv/a/b'), Path('/srv/a/c')]), op.commonprefix([Path('/srv/ab'), '/srv/ac']))
print(op.expanduser(Path('notes')), op.splitext(PurePosixPath('archive.tar.gz')))
for bad in [lambda: op.join(1, 'a'), lambda: op.join('a', 1), lambda: op.basename(None), lambda: op.commonpath([1]),
            lambda: op.dirname(3.5)]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
