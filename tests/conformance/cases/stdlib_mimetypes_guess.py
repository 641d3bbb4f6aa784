# A static file server's Content-Type and Content-Encoding headers: mimetypes.guess_type on the
# names and URLs it is asked for (compressed archives, upper case, query strings, data: URLs),
# strict and lenient, and the reverse look-ups an upload form makes (guess_extension and
# guess_all_extensions). The answers include what init() reads from the machine's mime.types.
import mimetypes
import pathlib
import random

names = ['index.html', 'INDEX.HTM', 'style.css', 'app.js', 'module.mjs', 'data.json', 'photo.JPG', 'photo.jpeg',
         'image.webp', 'icon.svg', 'logo.png', 'font.woff2', 'notes.md', 'README.rst', 'doc.rtf', 'paper.pdf',
         'archive.tar.gz', 'archive.tgz', 'archive.TGZ', 'backup.tar.bz2', 'backup.tbz2', 'data.csv.xz', 'x.tar.Z',
         'x.tar.br', 'old.taz', 'a.tz', 'noext', '.bashrc', 'dir.d/file', 'file.', 'sound.mp3', 'sound.MID',
         'video.mp4', 'movie.mkv', 'script.py', 'prog.c', 'book.epub', 'pkg.apk', 'clip.avi', 'a.gz', 'a.bz2',
         'pic.jpg', 'pic.pict', 'app.xul', 'site.webmanifest', 'q.nq', 'x.wasm', 'x.zip', 'x.7z', 'x.deb',
         'spreadsheet.xlsx', 'slides.pptx', 'x.odt', 'x.ics', 'x.vcf', 'x.mts', 'x.heic', 'x.avif', 'x.toml']
urls = ['http://example.com/a/index.html', 'https://example.com/archive.tar.gz?download=1',
        'https://example.com/page.html#top', 'HTTP://EXAMPLE.COM/IMG.PNG', 'ftp://host/pub/file.txt',
        'file:///tmp/report.pdf', 'data:,Hello', 'data:text/html;charset=utf-8,<p>hi</p>',
        'data:image/png;base64,iVBORw0KGgo=', 'data:;base64,SGk=', 'data:foo', 'DATA:image/gif,xx',
        'c:\\windows\\file.txt', 'C:/photos/x.jpg', 'mailto:someone@example.com', 'urn:isbn:123',
        'https://example.com/', 'https://example.com/dir/', 'relative/path/a.css', '//cdn.example.com/lib.js',
        'x:y.txt', 'data:text/plain;a=b,zz', 'data:a=b/c,zz']
for strict in (True, False):
    print('== strict' if strict else '== lenient')
    for n in names + urls:
        print(f'{n!r}: {mimetypes.guess_type(n, strict)}')

print(mimetypes.guess_type(pathlib.PurePosixPath('/srv/www/site.css')))
print(mimetypes.guess_type(pathlib.Path('photo.tar.gz'), strict=False))
if hasattr(mimetypes, 'guess_file_type'):
    for n in ['a.txt', 'http://x/a.txt', 'data:text/html,x', b'bytes.png', pathlib.Path('p.json'), 'C:\\x.pdf', 'dir.d/']:
        print('guess_file_type', repr(n), mimetypes.guess_file_type(n), mimetypes.guess_file_type(n, strict=False))
else:
    print('no guess_file_type')

for t in ['text/plain', 'TEXT/HTML', 'image/jpeg', 'image/png', 'application/json', 'application/javascript',
          'text/javascript', 'application/octet-stream', 'audio/mpeg', 'video/mp4', 'application/x-tar',
          'application/gzip', 'image/jpg', 'image/webp', 'text/markdown', 'application/rtf', 'image/pict',
          'application/vnd.ms-excel', 'text/csv', 'application/xml', 'text/xml', 'nonexistent/type', '']:
    print(f'{t!r}: {mimetypes.guess_extension(t)} {mimetypes.guess_extension(t, strict=False)} '
          f'{mimetypes.guess_all_extensions(t)} {mimetypes.guess_all_extensions(t, strict=False)}')

print(len(mimetypes.types_map), len(mimetypes.common_types), mimetypes.encodings_map, mimetypes.suffix_map)
print(sorted(mimetypes.common_types.items()))
rng = random.Random(7)
exts = sorted(mimetypes.types_map)
print([(e, mimetypes.types_map[e]) for e in rng.sample(exts, 40)])
types = sorted(set(mimetypes.types_map.values()))
print(len(types), [(t, mimetypes.guess_all_extensions(t)) for t in rng.sample(types, 30)])
print(list(mimetypes.types_map.items())[:10], list(mimetypes.types_map.items())[-10:])
