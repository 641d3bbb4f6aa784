# io.StringIO (write, read, seek, truncate, iteration, close) and contextlib.redirect_stdout/redirect_stderr: print() writes to sys.stdout as the program set it, piece by piece to a file object.
import asyncio
import io, sys
from contextlib import redirect_stdout, redirect_stderr
s = io.StringIO()
print(s.write("hello\n"), s.write("world"), s.tell())
print(repr(s.getvalue()))
s.seek(0)
print(repr(s.read(3)), repr(s.readline()), repr(s.read()), s.tell())
s.seek(2)
s.write("XY")
print(repr(s.getvalue()), s.tell())
print(s.truncate(4), repr(s.getvalue()))
s.seek(10)
s.write("!")
print(repr(s.getvalue()))
t = io.StringIO("a\nb\nc")
print(list(t), t.readable(), t.writable(), t.seekable(), t.closed)
t.seek(0)
print(t.readlines())
t.close()
print(t.closed)
for bad in [lambda: t.getvalue(), lambda: t.write('x'), lambda: io.StringIO().write(5), lambda: io.StringIO(5), lambda: io.StringIO().seek(-1)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
buf = io.StringIO()
with redirect_stdout(buf) as got:
    print("captured", 1, 2)
    sys.stdout.write("direct\n")
print(got is buf, repr(buf.getvalue()))
err = io.StringIO()
with redirect_stderr(err):
    print("to err", file=sys.stderr)
print(repr(err.getvalue()))
print("file arg", file=buf)
print(repr(buf.getvalue()))
with io.StringIO() as f:
    f.write("in with")
    print(f.getvalue())
print(f.closed)
class Tee:
    def __init__(self):
        self.lines = []
    def write(self, s):
        self.lines.append(s)
        pass
with redirect_stdout(Tee()) as tee:
    print("tee me")
print(tee.lines)
saved = sys.stdout
sys.stdout = None
print("lost")
sys.stdout = saved
print("back")


async def worker(name, out):
    with redirect_stdout(out):
        print(name, "starts")
        await asyncio.sleep(0.1)
        print(name, "ends")


async def main():
    out = io.StringIO()
    await asyncio.gather(worker("a", out), asyncio.sleep(0.05))
    print("captured:", out.getvalue().splitlines())


asyncio.run(main())
