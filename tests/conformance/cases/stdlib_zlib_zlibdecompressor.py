# zlib._ZlibDecompressor (3.12+), the one-way decompressor gzip's reader is built on: a reader that
# pulls at most N bytes at a time feeds it chunks, passes b'' while needs_input is False, and
# finds what follows the stream in unused_data.
import gzip
import sys
import zlib

if not hasattr(zlib, "_ZlibDecompressor"):
    print("no _ZlibDecompressor before 3.12:", sys.version_info < (3, 12))
    raise SystemExit

payload = bytes(range(256)) * 40
data = zlib.compress(payload)


def show(d, *args):
    try:
        out = d.decompress(*args)
        print(len(out), out[:8], d.eof, d.needs_input, len(d.unused_data))
        return out
    except Exception as e:
        print(type(e).__name__, e)
        return b""


d = zlib._ZlibDecompressor()
show(d, data[:3])
show(d, data[3:50], 100)
show(d, b"", 0)
show(d, b"", 5000)
show(d, data[50:] + b"tail", -1)
print(d.unused_data)
show(d, b"")

# A bounded reader: 1000 bytes at a time, 700-byte chunks of input.
d = zlib._ZlibDecompressor()
got, chunks = [], [data[i:i + 700] for i in range(0, len(data), 700)]
while not d.eof:
    feed = chunks.pop(0) if d.needs_input and chunks else b""
    got.append(d.decompress(feed, 1000))
print(len(got), [len(g) for g in got][:5], b"".join(got) == payload)

d = zlib._ZlibDecompressor()
show(d, data, 0)
show(d, b"", len(payload))
show(d, b"", 1)

d = zlib._ZlibDecompressor(wbits=-15)
raw = zlib.compressobj(wbits=-15)
show(d, raw.compress(b"abc" * 100) + raw.flush())
show(zlib._ZlibDecompressor(31), gzip.compress(b"xyz" * 5, mtime=0))
show(zlib._ZlibDecompressor(), b"bad data here")
show(zlib._ZlibDecompressor(), "str")
try:
    zlib._ZlibDecompressor(wbits=99)
except ValueError as e:
    print("ValueError:", e)
d = zlib._ZlibDecompressor()
print(repr(d).split(" at 0x")[0], type(d).__qualname__, type(d).__module__)
for name in ("eof", "needs_input", "unused_data"):
    try:
        setattr(d, name, 1)
    except AttributeError as e:
        print(name, "AttributeError:", e)
