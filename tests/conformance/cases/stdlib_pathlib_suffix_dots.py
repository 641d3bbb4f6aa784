# PurePath.suffix/suffixes/stem/with_suffix of names with dots at either end: 3.14 gives a name
# ending in "." the suffix "." (3.11-3.13: none).
from pathlib import PurePosixPath as P
for n in ['a.b.', 'x.', '.bashrc', '..', '...', 'a..b', '.a.b', 'file', 'a.tar.gz', '.x.', 'a...']:
    p = P(n)
    r = [p.suffix, p.suffixes, p.stem]
    for s in ['.z', '']:
        try:
            r.append(str(p.with_suffix(s)))
        except ValueError as e:
            r.append('VE ' + str(e))
    print(repr(n), r)
