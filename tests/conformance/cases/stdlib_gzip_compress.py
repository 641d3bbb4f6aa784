# gzip.compress and gzip.decompress: the header each version writes (mtime from the virtual
# clock, the argument, or 0; extra flags by level; zlib's or gzip's OS byte), members in a row
# with zero padding, and the errors of broken data.
import gzip
import time
import zlib

time.sleep(2.25)
doc = b"".join(b"<item id='%d'><name>widget %d</name><price>%d.99</price></item>\n" % (i, i % 13, i % 50)
               for i in range(800))
for level in (0, 1, 2, 6, 9):
    for kwargs in ({}, {"mtime": 0}, {"mtime": 1234567890}, {"mtime": 7.9}):
        blob = gzip.compress(doc, level, **kwargs)
        print(level, kwargs, len(blob), blob[:10].hex(), blob[-8:].hex(), gzip.decompress(blob) == doc)
print(gzip.compress(b""), gzip.compress(b"", mtime=None) == gzip.compress(b"", mtime=time.time()))
two = gzip.compress(b"first;", mtime=1) + b"\0\0\0" + gzip.compress(b"second", mtime=2)
print(gzip.decompress(two), gzip.decompress(b""), gzip.decompress(two + b"\0\0"))
print(gzip.decompress(zlib.compress(b"from zlib", wbits=31)), gzip.decompress(bytearray(gzip.compress(b"ba", mtime=0))))
# Header fields the reader skips: name, comment, extra field, header CRC.
body = zlib.compress(b"fields", wbits=-15) + zlib.crc32(b"fields").to_bytes(4, "little") + (6).to_bytes(4, "little")
full = b"\x1f\x8b\x08\x1e" + bytes(6) + b"\x04\x00ABCD" + b"name.txt\x00" + b"a comment\x00" + b"\x00\x00" + body
print(gzip.decompress(full))


def show(label, fn):
    try:
        r = fn()
        print(label, "->", r)
    except Exception as e:
        print(label, "->", type(e).__name__, e)


good = gzip.compress(b"payload " * 100, mtime=0)
show("not gzip", lambda: gzip.decompress(b"hello world"))
show("one byte", lambda: gzip.decompress(b"\x1f"))
show("short header", lambda: gzip.decompress(good[:6]))
show("truncated", lambda: gzip.decompress(good[:-3]))
show("no trailer", lambda: gzip.decompress(good[:-8]))
show("bad crc", lambda: gzip.decompress(good[:-8] + b"\0\0\0\0" + good[-4:]))
show("bad size", lambda: gzip.decompress(good[:-4] + b"\1\0\0\0"))
show("method", lambda: gzip.decompress(b"\x1f\x8b\x07" + good[3:]))
show("garbage after", lambda: gzip.decompress(good + b"xyz"))
show("broken deflate", lambda: gzip.decompress(good[:10] + b"\xff\xff\xff" + good[13:]))
show("str", lambda: gzip.compress("text"))
show("level", lambda: gzip.compress(b"x", 12))
show("mtime", lambda: gzip.compress(b"x", mtime=-5))
show("zlib checks the header CRC", lambda: zlib.decompress(full, 31))
