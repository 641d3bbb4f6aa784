# Path.glob/rglob as pathlib matches: '*' takes hidden names, '**' is this directory and every one
# below (3.13: a final '**' yields files too), '[...]' sets, a trailing '/', case_sensitive, bad patterns.
import tempfile, os
from pathlib import Path
d=tempfile.mkdtemp()
p=Path(d)/'gt'
for f in ['x.py','.hid.py','a/y.py','a/b/z.py','.h/w.py','a/b/Q.PY']:
    (p/f).parent.mkdir(parents=True, exist_ok=True); (p/f).write_text('')
def r(it): return sorted(str(x.relative_to(d)) for x in it)
print(r(p.glob('*')))
print(r(p.glob('**/*.py')))
print(r(p.rglob('*.py')))
print(r(p.glob('**')))
print(r(p.glob('*/*.py')))
print(r(p.glob('a/**')))
print(r(p.rglob('*')))
print(r(p.glob('[xy].py')))
print(r(p.glob('*/')))
print(r(p.glob('a/b/z.py')), r(p.glob('a/nope/*')), r(p.glob('*/b')))
print(r(p.glob('*.PY', case_sensitive=False)), r(p.rglob('*.PY')))
for bad in ['', '/x', '.']:
    try: list(p.glob(bad))
    except Exception as e: print(type(e).__name__, e)
