# A binary file round trip: bytes written with 'wb', read back whole, by size and by line,
# appended to, updated in place with 'r+b', and compared; the buffered classes' reprs and modes.
import os
from pathlib import Path

NAME = 'binary_demo.bin'
payload = bytes(list(range(256)) + list(b'\nline two\nend'))

with open(NAME, 'wb') as f:
    print(repr(f), f.mode, f.name)
    print(f.write(payload), f.tell())
    print(f.write(bytearray(b'!!')))

with open(NAME, 'rb') as f:
    print(repr(f), f.mode)
    whole = f.read()
    print(len(whole), whole[:-2] == payload, whole[:4], whole[-6:])
    f.seek(0)
    print(f.read(3), f.tell())
    f.seek(-4, 2)
    print(f.read(), f.tell(), f.read())
    f.seek(250)
    print(f.readline())
    print(list(f))

with open(NAME, 'ab') as f:
    print(repr(f), f.mode, f.tell())
    f.write(b'\x00tail')

with open(NAME, 'r+b') as f:
    print(repr(f), f.mode)
    f.seek(1)
    f.write(b'\xff\xfe')
    f.seek(0)
    print(f.read(4))
    f.truncate(10)
    f.seek(0, 2)
    print(f.tell())

with open(NAME, 'w+b') as f:
    print(repr(f), f.mode, f.read())
    f.write(b'abc')
    f.seek(0)
    print(f.read())

p = Path(NAME)
print(p.write_bytes(b'\x01\x02\x03'), p.read_bytes(), os.stat(NAME).st_size)
text = 'naïve café'
p.write_text(text, encoding='utf-8')
print(p.read_bytes(), len(p.read_bytes()), len(text))
with open(NAME, encoding='utf-8') as f:
    print(repr(f), f.read(3), f.tell())
os.remove(NAME)
print(p.exists())
