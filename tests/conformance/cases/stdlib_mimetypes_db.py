# An application registering its own file types: the module's tables before and after init(),
# add_type (standard and non-standard, replacing a mapping, an extension without its dot, an empty
# type), private MimeTypes databases built from the defaults and from mime.types files the program
# writes, readfp from a StringIO, read_mime_types, and init() with extra files.
import errno
import io
import mimetypes
import os
import tempfile
import warnings

warnings.simplefilter('always')

print('inited', mimetypes.inited, mimetypes._db is None)
before = mimetypes.types_map
print(len(before), before is mimetypes._types_map_default, mimetypes.common_types is mimetypes._common_types_default)
print(mimetypes.guess_type('x.log'), mimetypes.inited, len(mimetypes.types_map), mimetypes.types_map is before)

mimetypes.add_type('application/x-loopline', '.loop')
mimetypes.add_type('text/x-notes', '.notes', strict=False)
mimetypes.add_type('text/plain', '.log')
mimetypes.add_type('text/x-python', '.PY')
for n in ['a.loop', 'a.notes', 'a.log', 'a.PY', 'a.py']:
    print(n, mimetypes.guess_type(n), mimetypes.guess_type(n, strict=False))
print(mimetypes.guess_all_extensions('text/plain'), mimetypes.guess_all_extensions('text/x-notes', strict=False))
print(mimetypes.guess_extension('application/x-loopline'), mimetypes.guess_extension('text/x-notes'))

for args in [('application/x-undotted', 'und'), ('', '.empty'), ('application/x-empty-ext', '')]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        mimetypes.add_type(*args)
    print(args, [(w.category.__name__, str(w.message), os.path.basename(w.filename)) for w in caught])
print(mimetypes.guess_type('x.und'), mimetypes.guess_type('xund'), mimetypes.types_map.get('und'),
      mimetypes.types_map.get('.empty'), mimetypes.types_map.get(''))

db = mimetypes.MimeTypes()
print(db.guess_type('a.loop'), db.guess_type('a.txt'), len(db.types_map[True]), len(db.types_map[False]))
print(db.guess_all_extensions('image/jpeg'), db.guess_all_extensions('image/jpg', strict=False))
print(db.types_map_inv[False])
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    db.add_type('text/x-own', 'own')
print([(w.category.__name__, str(w.message), os.path.basename(w.filename), w.lineno) for w in caught])
db.add_type('image/jpeg', '.jfif2', strict=False)
print(db.guess_all_extensions('image/jpeg', strict=False), db.guess_extension('text/x-own'))
try:
    db.add_type('text/x-bad', '.bad', strict=2)
except Exception as e:
    print(type(e).__name__, e)

text = '''# my types
application/x-widget   wdg widget   # widgets
text/x-conf conf
# comment only
   
image/x-thing thing#notacomment thing2 #tail
'''
db.readfp(io.StringIO(text))
print(db.guess_type('a.wdg'), db.guess_type('a.widget'), db.guess_type('a.conf'), db.guess_type('a.thing#notacomment'),
      db.guess_type('a.thing2'), db.guess_type('a.tail'))
db.readfp(io.StringIO('application/x-lenient lnt\n'), strict=False)
print(db.guess_type('x.lnt'), db.guess_type('x.lnt', strict=False))

folder = tempfile.mkdtemp()
path = os.path.join(folder, 'mime.types')
with open(path, 'w', encoding='utf-8') as f:
    f.write('application/x-from-file ff1 ff2\ntext/plain txt text conf2\n')
print(sorted(mimetypes.read_mime_types(path).items()))
print(mimetypes.read_mime_types(os.path.join(folder, 'missing.types')))
db2 = mimetypes.MimeTypes([path])
print(db2.guess_type('a.ff2'), db2.guess_all_extensions('text/plain'))
db3 = mimetypes.MimeTypes((path,), strict=False)
print(db3.guess_type('a.ff1'), db3.guess_type('a.ff1', strict=False))
try:
    mimetypes.MimeTypes([os.path.join(folder, 'nope.types')])
except OSError as e:
    print(type(e).__name__, e.errno == errno.ENOENT, e.strerror)

mimetypes.init([path])
print(mimetypes.guess_type('z.ff1'), mimetypes.guess_type('z.loop'), len(mimetypes.types_map))
mimetypes.init()
print(mimetypes.guess_type('z.ff1'), mimetypes.guess_type('z.loop'), len(mimetypes.types_map), mimetypes.types_map is before)
print(mimetypes.knownfiles[:3], mimetypes.read_windows_registry if hasattr(mimetypes, 'read_windows_registry') else '-',
      db.read_windows_registry())
print(sorted(n for n in mimetypes.__all__))
for url in [b'a.txt', b'archive.tar.gz', b'http://example.com/a.html', b'data:text/html,x', None, 5]:
    try:
        print(repr(url), mimetypes.guess_type(url), db.guess_type(url, strict=False))
    except Exception as e:
        print(repr(url), type(e).__name__, e)
for t in [None, 3]:
    try:
        print(mimetypes.guess_extension(t))
    except Exception as e:
        print(type(e).__name__, e)
