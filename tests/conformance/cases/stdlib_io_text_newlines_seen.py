# TextIOWrapper.newlines with universal newlines (newline None or ''): the kinds of line end the
# decoder has seen since the last seek or write, over io.BytesIO and over files; CPython decodes a
# small stream whole at the first read, holds back a final '\r' until it is read, and keeps None
# for newline='\n' or a file opened for writing. (Loopline's newlines was always None.)
import io, os, tempfile
def kinds(data, newline=None, op="readline", enc="utf-8"):
    w = io.TextIOWrapper(io.BytesIO(data), encoding=enc, newline=newline)
    before = w.newlines
    if op == "readline":
        w.readline()
    elif op == "read":
        w.read()
    elif op == "read2":
        w.read(2)
    after = w.newlines
    w.seek(0)
    return before, after, w.newlines
for data in [b"a\nb\n", b"a\r\nb\r\n", b"a\rb\nc\r\n", b"x\ny\r", b"a\r", b"plain", b""]:
    for nl in [None, "", "\n"]:
        for op in ["readline", "read", "read2"]:
            try:
                print(data[:8], len(data), repr(nl), op, kinds(data, nl, op))
            except NotImplementedError as e:
                print("refused", e)
d = tempfile.mkdtemp()
p = os.path.join(d, "f.txt")
with open(p, "wb") as f:
    f.write(b"one\r\ntwo\nthree\rfour")
with open(p, newline=None) as f:
    print(f.newlines, repr(f.readline()), f.newlines)
    print(repr(f.read()), f.newlines)
    f.seek(0)
    print(f.newlines, list(f), f.newlines)
with open(p, "r+", newline="") as f:
    print(repr(f.readline()), f.newlines)
    f.write("x")
    print(f.newlines)
with open(p, "w") as f:
    print(f.newlines)
with open(p, "wb") as f:
    f.write(b"a\rb\r")
with open(p) as f:
    print(repr(f.readline()), f.newlines, repr(f.readline()), repr(f.newlines))
