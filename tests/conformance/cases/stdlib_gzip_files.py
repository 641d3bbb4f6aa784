# gzip files: a report written with gzip.open on the file system and read back line by line, in
# text mode, appended to as a second member; GzipFile over io.BytesIO with the header it writes
# (name, mtime from the clock or given, extra flags by level, OS byte), reading in pieces with
# seek/tell/peek/read1, and the errors of broken and misused files (all removed at the end).
import gzip
import io
import os
import time
import zlib

time.sleep(1.5)
rows = [f"{i},{'north south east west'.split()[i % 4]},{i * 0.25:.2f}\n" for i in range(4000)]
with gzip.open("gzdemo_report.csv.gz", "wt", encoding="utf-8") as f:
    print(f.mode if hasattr(f, "mode") else None, type(f).__name__)
    for row in rows:
        f.write(row)
size = os.path.getsize("gzdemo_report.csv.gz")
with open("gzdemo_report.csv.gz", "rb") as raw:
    head = raw.read(30)
print("written", size, head[:4].hex(), int.from_bytes(head[4:8], "little"), head[8:10].hex(), head[10:24])
with gzip.open("gzdemo_report.csv.gz", "rt", encoding="utf-8") as f:
    first = f.readline()
    count = 1 + sum(1 for _ in f)
print("read", repr(first), count)
with gzip.open("gzdemo_report.csv.gz", "rb") as f:
    print(f.mtime, f.read(12), f.mtime, f.name, f.tell(), f.readable(), f.writable(), f.seekable())
    data = f.read()
print(len(data), zlib.crc32(data), gzip.decompress(open("gzdemo_report.csv.gz", "rb").read()) == data)

# A second member appended: readers see one stream.
with gzip.open("gzdemo_report.csv.gz", "ab", compresslevel=1) as f:
    f.write(b"9999,extra,0.00\n")
with gzip.open("gzdemo_report.csv.gz") as f:
    lines = f.readlines()
print("members", len(lines), lines[-1], f.mtime)

for level in (1, 6, 9):
    buf = io.BytesIO()
    with gzip.GzipFile(filename="data.bin", mode="wb", compresslevel=level, fileobj=buf, mtime=1700000000) as g:
        g.write(b"abc" * 1000)
        g.write(memoryview(b"xyz" * 10))
        g.write(b"")
    blob = buf.getvalue()
    print(level, len(blob), blob[:20].hex(), blob[-8:].hex())

buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0) as g:
    g.write(b"no name")
    print(repr(g.name), g.tell(), g.seek(10), g.tell())
    g.flush()
print(buf.getvalue().hex())
g = gzip.GzipFile(fileobj=io.BytesIO(buf.getvalue()))
print(g.read(3), g.peek(2)[:2], g.read1(2), g.seek(0), g.read(2), g.seek(3, io.SEEK_CUR), g.read(), g.tell())
g.seek(-4, io.SEEK_END)
print(g.read(), g.closed)
g.close()
print(g.closed)
with gzip.open(io.BytesIO(gzip.compress("héllo wörld\r\nline 2\n".encode("latin-1"), mtime=3)), "rt",
               encoding="latin-1", newline="") as f:
    print(f.readlines())


def show(label, fn):
    try:
        r = fn()
        print(label, "->", r)
    except Exception as e:
        # (errno numbers left out: Pyodide's are Emscripten's)
        print(label, "->", type(e).__name__, e.strerror if isinstance(e, OSError) and e.errno else e)


with open("gzdemo_plain.txt.gz", "wb") as f:
    f.write(b"this is not compressed")
good = gzip.compress(b"payload " * 500, mtime=0)
with open("gzdemo_short.gz", "wb") as f:
    f.write(good[:60])
with open("gzdemo_badcrc.gz", "wb") as f:
    f.write(good[:-8] + b"\0\0\0\0" + good[-4:])
with open("gzdemo_badsize.gz", "wb") as f:
    f.write(good[:-4] + b"\1\0\0\0")
with open("gzdemo_padded.gz", "wb") as f:
    f.write(good + b"\0" * 10 + good)
show("not gzip", lambda: gzip.open("gzdemo_plain.txt.gz").read())
show("truncated", lambda: gzip.open("gzdemo_short.gz").read())
show("bad crc", lambda: gzip.open("gzdemo_badcrc.gz").read())
show("bad size", lambda: gzip.open("gzdemo_badsize.gz").read())
show("padded", lambda: len(gzip.open("gzdemo_padded.gz").read()))
try:
    gzip.open("gzdemo_missing.gz")
except FileNotFoundError as e:
    print("missing ->", type(e).__name__, e.filename)
show("mode rbt", lambda: gzip.open("x.gz", "rbt"))
show("encoding in binary", lambda: gzip.open("x.gz", "rb", encoding="utf-8"))
show("newline in binary", lambda: gzip.open("x.gz", "wb", newline="\n"))
show("not a file", lambda: gzip.open(42))
show("GzipFile text", lambda: gzip.GzipFile("x.gz", "wt"))
show("GzipFile mode", lambda: gzip.GzipFile(fileobj=io.BytesIO(), mode="z"))
w = gzip.GzipFile(fileobj=io.BytesIO(), mode="wb")
show("read on write", lambda: w.read())
show("peek on write", lambda: w.peek(1))
w.write(b"abcdef")
show("seek back", lambda: w.seek(2))
show("seek end", lambda: w.seek(0, io.SEEK_END))
show("rewind", lambda: w.rewind())
w.close()
show("write closed", lambda: w.write(b"x"))
r = gzip.GzipFile(fileobj=io.BytesIO(good))
show("write on read", lambda: r.write(b"x"))
r.close()
show("read closed", lambda: r.read())
print(issubclass(gzip.BadGzipFile, OSError), gzip.READ, gzip.WRITE, gzip.FNAME, sorted(gzip.__all__))
# Left unclosed: 3.11 and 3.14 finish the file when it is collected; 3.12 and 3.13 keep the last
# writes in a buffer their GzipFile holds in a reference cycle.
sink = io.BytesIO()
g = gzip.GzipFile(fileobj=sink, mode="wb", mtime=0)
g.write(b"unclosed")
del g
print("unclosed", len(sink.getvalue()))
for name in os.listdir("."):
    if name.startswith("gzdemo_"):
        os.remove(name)
print(sorted(n for n in os.listdir(".") if n.startswith("gzdemo_")))
