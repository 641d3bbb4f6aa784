# codecs: lookup() names and CodecInfo, encode/decode (and getencoder/getdecoder) for utf-8, ascii,
# latin-1, utf-16 and utf-32 with each error handler, the byte order marks, their errors and
# messages; the same texts through str.encode/bytes.decode; codecs.open reading and writing a file
# (3.14 warns it is deprecated).
import codecs
import warnings

TEXT = 'aé€😀\udc80'
DATA = b'a\xc3\xa9\xff\xfe\x00\xd8'
NAMES = ['utf-8', 'UTF8', 'u8', 'utf_8', 'ascii', 'US-ASCII', 'latin-1', 'Latin_1', 'iso-8859-1', 'L1',
         'utf-16', 'utf_16_le', 'UTF-16BE', 'utf-32', 'utf-32-le', 'U32', 'utf_32BE']


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, '!', type(e).__name__, e)


for name in NAMES:
    info = codecs.lookup(name)
    print(name, info.name, isinstance(info, tuple), len(info), info[0] is info.encode, codecs.lookup(name) is info or info.name)
print(codecs.lookup('utf-8').encode('hé'), codecs.lookup('utf-16').decode(b'\xff\xfeh\x00'), repr(codecs.CodecInfo.__mro__[1]))
for name in ['utf-8', 'ascii', 'latin-1', 'utf-16', 'utf-16-be', 'utf-32', 'utf-32-le']:
    for errors in ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'surrogateescape']:
        t('enc %s %s' % (name, errors), lambda: codecs.encode(TEXT, name, errors))
        t('  same', lambda: TEXT.encode(name, errors) == codecs.encode(TEXT, name, errors))
        t('dec %s %s' % (name, errors), lambda: codecs.decode(DATA, name, errors))
        if errors != 'xmlcharrefreplace':
            t('  same', lambda: DATA.decode(name, errors) == codecs.decode(DATA, name, errors))
print(codecs.encode('x'), codecs.decode(b'x'), codecs.encode('é', 'latin-1'), codecs.decode(bytearray(b'\xe9'), 'latin-1'))
print(codecs.getencoder('ascii')('abc'), codecs.getdecoder('utf-32')(codecs.BOM_UTF32_BE + b'\x00\x00\x00z'))
print(codecs.decode(memoryview(b'hi'), 'ascii'), codecs.decode(codecs.BOM_UTF16_BE + 'hé'.encode('utf-16-be'), 'utf-16'))
print(codecs.BOM, codecs.BOM_LE, codecs.BOM_BE, codecs.BOM_UTF8, codecs.BOM_UTF16, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE,
      codecs.BOM_UTF32, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM32_LE, codecs.BOM64_BE)
print('x'.encode('utf-16').startswith(codecs.BOM_UTF16), 'x'.encode('utf-32')[:4] == codecs.BOM_UTF32)
t('lookup unknown', lambda: codecs.lookup('no-such-codec'))
t('lookup int', lambda: codecs.lookup(8))
t('encode unknown', lambda: codecs.encode('x', 'nope'))
t('encode bytes', lambda: codecs.encode(b'x', 'utf-8'))
t('encode bytes latin', lambda: codecs.encode(b'x', 'latin-1'))
t('encode int utf16', lambda: codecs.encode(5, 'utf-16-le'))
t('decode str', lambda: codecs.decode('x', 'utf-8'))
t('decode bad handler', lambda: codecs.decode(b'\xff', 'utf-8', 'nonsense'))
t('encode bad handler', lambda: codecs.encode('\xff', 'ascii', 'nonsense'))
t('truncated utf-16', lambda: codecs.decode(b'a\x00b', 'utf-16-le'))
t('truncated utf-8', lambda: codecs.decode(b'a\xe2\x82', 'utf-8'))

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    with codecs.open('notes.txt', 'w', encoding='utf-16') as f:
        f.write('héllo\n')
        f.write('wörld\r\nend')
        print(f.encoding)
    with open('notes.txt', 'rb') as f:
        raw = f.read()
    print(raw[:4], len(raw), raw.count(codecs.BOM_UTF16))
    with codecs.open('notes.txt', encoding='utf-16') as f:
        print(repr(f.readline()), repr(f.read()))
    with codecs.open('notes.txt', 'r', 'utf-16') as f:
        print(list(f))
    with codecs.open('notes.txt', 'rb') as f:
        print(type(f).__name__, f.read(2))
    print([str(w.message) for w in caught])
