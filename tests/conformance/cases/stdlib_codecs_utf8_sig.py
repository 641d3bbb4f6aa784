# utf-8-sig: str.encode/bytes.decode (one byte order mark written, one dropped, UTF-8's errors with
# positions after it), CPython's spellings of the name only, codecs.lookup/encode/decode, and text files
# opened with it: the mark read past at the start (read, read(n), readline, iteration, csv), written
# once by the first write at position 0 (append mode too).
import codecs
import os

for leftover in ('sig.csv', 'out.txt', 'plain.txt', 'new.txt'):
    if os.path.exists(leftover):
        os.remove(leftover)
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, '!', type(e).__name__, e)
for name in ['utf-8-sig', 'UTF_8_SIG', 'utf8-sig', 'utf_8_sig']:
    t(name, lambda: 'hé'.encode(name))
    t(name, lambda: b'\xef\xbb\xbfh\xc3\xa9'.decode(name))
t('nobom', lambda: b'h\xc3\xa9'.decode('utf-8-sig'))
t('twobom', lambda: b'\xef\xbb\xbf\xef\xbb\xbfx'.decode('utf-8-sig'))
t('partial', lambda: b'\xef\xbbx'.decode('utf-8-sig'))
t('bad', lambda: b'\xef\xbb\xbfa\xff'.decode('utf-8-sig'))
t('bad2', lambda: b'a\xff'.decode('utf-8-sig'))
t('badrep', lambda: b'\xef\xbb\xbfa\xff'.decode('utf-8-sig', 'replace'))
t('enc bad', lambda: 'a\udc80'.encode('utf-8-sig'))
t('enc rep', lambda: 'a\udc80'.encode('utf-8-sig', 'backslashreplace'))
t('empty', lambda: ''.encode('utf-8-sig'))
t('lookup', lambda: codecs.lookup('utf-8-sig').name)
t('codecs', lambda: codecs.decode(codecs.BOM_UTF8 + b'z', 'utf_8_sig'))
t('codecs enc', lambda: codecs.encode('z', 'utf-8-sig'))
with open('sig.csv', 'wb') as f:
    f.write(codecs.BOM_UTF8 + 'name,ü\n1,2\n'.encode())
with open('sig.csv', encoding='utf-8-sig') as f:
    print(repr(f.read()))
with open('sig.csv', encoding='utf-8') as f:
    print(repr(f.readline()))
with open('out.txt', 'w', encoding='utf-8-sig') as f:
    f.write('a')
    f.write('b')
with open('out.txt', 'rb') as f:
    print(f.read())
with open('sig.csv', encoding='utf-8-sig') as f:
    print(repr(f.readline()), repr(f.read(2)), repr(f.readline()), f.read())
with open('sig.csv', encoding='utf-8-sig') as f:
    print(repr(f.read(3)), repr(f.read()))
with open('plain.txt', 'w') as f:
    f.write('x\ny\n')
with open('plain.txt', encoding='utf-8-sig') as f:
    print(list(f))
with open('out.txt', 'a', encoding='utf-8-sig') as f:
    f.write('c')
with open('new.txt', 'a', encoding='utf-8-sig') as f:
    f.write('d')
print(open('out.txt', 'rb').read(), open('new.txt', 'rb').read())
import csv
with open('sig.csv', encoding='utf-8-sig', newline='') as f:
    print(list(csv.DictReader(f)))
for name in ('sig.csv', 'out.txt', 'plain.txt', 'new.txt'):
    os.remove(name)
