# str.encode / bytes.decode with utf-16 and utf-32 (byte order marks, -le/-be, surrogate pairs) and CPython's decode errors, beside latin-1 and ascii with errors=.
s = "héllo €𝄞"
for enc in ['utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'UTF-32BE', 'utf16', 'U16', 'latin-1', 'ascii']:
    try:
        b = s.encode(enc)
        print(enc, b, b.decode(enc) == s)
    except UnicodeEncodeError as e:
        print(enc, type(e).__name__, e)
print("ab".encode('ascii', errors='ignore'), "é".encode('ascii', 'replace'), "é€".encode('latin-1', 'ignore'))
for data, enc in [(b'a', 'utf-16-le'), (b'a\x00b', 'utf-16-le'), (b'\x00\xd8', 'utf-16-le'), (b'\xff\xfea\x00', 'utf-16'), (b'a\x00', 'utf-16'), (b'\x00\x00\x11\x00', 'utf-32-le'), (b'abc', 'utf-32'), (b'\xff\xfe\x00\x00a\x00\x00\x00', 'utf-32')]:
    try:
        print(repr(data.decode(enc)))
    except UnicodeDecodeError as e:
        print(type(e).__name__, e)
print(b'a\x00b'.decode('utf-16-le', 'replace'), b'a\x00b'.decode('utf-16-le', 'ignore'))
try:
    "\ud800".encode('utf-16')
except UnicodeEncodeError as e:
    print(e)
