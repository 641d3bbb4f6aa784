# Path methods programs reach for: walk (3.12+, pruning, bottom-up, on_error), samefile, full_match (3.13+),
# relative_to's walk_up (3.12+) and 3.11's message, read_text(newline=) (3.13+); 3.13's classes live in pathlib._local.
import os, sys, tempfile, shutil, json
from pathlib import Path, PurePosixPath, PurePath
d = Path(tempfile.mkdtemp())
os.chdir(d)
def show(label, f):
    try:
        r = f()
        if isinstance(r, (list, tuple)) and r and isinstance(r[0], PurePath): r = [str(x) for x in r]
        print(label, repr(r).replace(str(d), 'D'))
    except Exception as e:
        # an OSError's errno is left out: Pyodide's (Emscripten's) numbers are not Linux's
        text = f'{e.strerror}: {e.filename!r}' if isinstance(e, OSError) and e.errno else str(e)
        print(label, type(e).__name__, text.replace(str(d), 'D'))
(d/'a/b').mkdir(parents=True); (d/'a/b/f.txt').write_text('x\ny\n'); (d/'a/g.py').write_text('print(1)')
show('walk', lambda: [(str(p.relative_to(d)), sorted(ds), sorted(fs)) for p, ds, fs in d.walk()] if hasattr(d, 'walk') else 'n/a')
show('resolve', lambda: Path('a/../a/b').resolve())
show('absolute', lambda: Path('a').absolute())
show('cwd', lambda: Path.cwd() == d)
show('samefile', lambda: (d/'a/g.py').samefile('a/g.py'))
show('with_stem', lambda: PurePosixPath('x/y.tar.gz').with_stem('z'))
show('is_relative_to', lambda: (PurePosixPath('/a/b').is_relative_to('/a'), PurePosixPath('/a/b').is_relative_to('/c')))
show('relative_to walk_up', lambda: PurePosixPath('/a/b').relative_to('/a/c', walk_up=True))
show('relative_to bad', lambda: PurePosixPath('/a/b').relative_to('/c'))
show('match', lambda: (PurePosixPath('a/b/c.py').match('*.py'), PurePosixPath('a/b/c.py').match('b/*.py'), PurePosixPath('a/b/c.py').match('/b/*.py'), PurePosixPath('a/b/c.py').match('a/**/*.py')))
show('full_match', lambda: PurePosixPath('a/b/c.py').full_match('a/**/*.py'))
show('parents', lambda: list(PurePosixPath('/x/y/z').parents))
show('stat size', lambda: (d/'a/b/f.txt').stat().st_size)
show('open Path', lambda: open(d/'a/b/f.txt').readlines())
show('json', lambda: json.loads((d/'a/b/f.txt').read_text().split()[0] == 'x'))
show('exists', lambda: (Path('a/g.py').exists(), Path('nope').exists(), Path('a').is_file()))
show('iterdir sorted', lambda: sorted(Path('a').iterdir()))
show('touch/unlink', lambda: (Path('t').touch(), Path('t').exists(), Path('t').unlink(), Path('t').exists()))
show('unlink missing', lambda: Path('nope').unlink())
show('mkdir exists', lambda: Path('a').mkdir())
show('rmdir nonempty', lambda: Path('a').rmdir())
show('read missing', lambda: Path('missing.txt').read_text())
show('replace', lambda: ((d/'a/g.py').replace(d/'a/h.py'), sorted(p.name for p in (d/'a').iterdir())))
show('shutil.move', lambda: shutil.move(d/'a/h.py', d/'moved.py'))
show('copy', lambda: shutil.copy(d/'moved.py', d/'a'))
show('home', lambda: isinstance(Path.home(), Path))
show('expanduser', lambda: Path('~').expanduser() == Path.home())
show('suffix', lambda: (Path('a.b.').suffix, Path('.bashrc').suffix, Path('x.').suffixes, Path('..').name))
show('eq/hash', lambda: (PurePosixPath('a//b/') == PurePosixPath('a/b'), Path('a') < Path('b'), sorted([Path('b'), Path('a/c'), Path('a')])))
show('joinpath', lambda: Path('a').joinpath('b', Path('c'), '/abs'))
show('truediv type', lambda: ('x' / Path('y'), type(Path('a') / 'b').__name__))
show('anchor', lambda: (PurePosixPath('/a').anchor, PurePosixPath('a').anchor, PurePosixPath('//a').root))
show('write_text newline', lambda: (Path('n.txt').write_text('a\nb\n', newline='\r\n'), Path('n.txt').read_bytes()))
show('read_text newline', lambda: Path('n.txt').read_text(newline=''))
show('open mode x', lambda: open('n.txt', 'x'))
show('glob sorted', lambda: sorted(str(p) for p in Path('.').glob('**/*.txt')))
show('rglob dir pattern', lambda: sorted(str(p) for p in Path('.').rglob('b')))
show('is_dir missing', lambda: Path('zz').is_dir())
show('os.scandir', lambda: sorted((e.name, e.is_dir()) for e in os.scandir('a')))
show('os.walk', lambda: [(p, sorted(ds), sorted(fs)) for p, ds, fs in os.walk('a')])
show('fspath', lambda: (os.fspath(Path('a/b')), os.path.getsize(Path('n.txt'))))
show('walk bottom-up', lambda: [str(p.relative_to(d)) for p, ds, fs in d.walk(top_down=False)] if hasattr(d, 'walk') else 'n/a')
def prune():
    out = []
    for p, ds, fs in d.walk():
        out.append(str(p.relative_to(d)))
        if 'b' in ds: ds.remove('b')
    return out
show('walk prune', lambda: prune() if hasattr(d, 'walk') else 'n/a')
show('walk missing', lambda: list(Path('nope').walk(on_error=lambda e: print('  on_error', type(e).__name__))) if hasattr(d, 'walk') else 'n/a')
show('samefile missing', lambda: Path('n.txt').samefile('zz'))
show('samefile other', lambda: Path('n.txt').samefile(d / 'moved.py'))
for pat in ['a/**/*.py', '**/*.py', '*.py', '/a/**', 'a/*/c.py', '**', 'A/B/C.PY']:
    show('full_match ' + pat, lambda: (PurePosixPath('a/b/c.py').full_match(pat), PurePosixPath('/a/b/c.py').full_match(pat), PurePosixPath('a/b/c.py').full_match(pat, case_sensitive=False)) if hasattr(PurePosixPath, 'full_match') else 'n/a')
show('types', lambda: (repr(Path('x')), type(Path('x')), PurePath('y').__class__))
