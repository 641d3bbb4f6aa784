# io.BytesIO: an in-memory binary stream (tasks writing into one, reading it back), with CPython's
# errors for bad arguments, a closed stream and a buffer exported by getbuffer().
import asyncio
import io


def attempt(label, f, *args):
    try:
        print(label, f(*args))
    except Exception as e:
        print(label, type(e).__name__, e)


async def produce(out, name, n):
    for i in range(n):
        out.write(f"{name}{i}\n".encode())
        await asyncio.sleep(0.1)


async def main():
    out = io.BytesIO()
    await asyncio.gather(produce(out, "a", 3), produce(out, "b", 2))
    print(out.getvalue(), out.tell())
    out.seek(0)
    print(out.readline(), out.read(3), out.readline(1), out.readlines())
    out.seek(0)
    print(list(out))
    print(out.seek(-2, 2), out.read(), out.seek(1), out.seek(1, 1), out.read(1), out.seek(-100, 1))
    out.seek(20)
    print(out.write(b"Z"), out.getvalue(), out.truncate(4), out.tell(), out.getvalue())
    print(out.truncate(10), out.getvalue(), out.truncate(), out.getvalue())

    b = io.BytesIO(b"aa\nbb\ncc\n")
    print(b.readlines(3), b.readlines(0))
    b.seek(0)
    buf = bytearray(4)
    print(b.readinto(buf), buf, b.read1(2), b.read(None), b.read(-5), b.readline(None))
    print(io.BytesIO(bytearray(b"ba")).read(), io.BytesIO(memoryview(b"mv")).read(), io.BytesIO(None).read())
    print(io.BytesIO(initial_bytes=b"kw").getvalue(), isinstance(b, io.BufferedIOBase), isinstance(b, io.IOBase))
    print(b.readable(), b.writable(), b.seekable(), b.isatty(), b.closed, io.BytesIO.__module__)

    attempt("seek str", b.seek, "x")
    attempt("seek negative", b.seek, -1)
    attempt("seek whence", b.seek, 0, 3)
    attempt("seek float whence", b.seek, 0, 1.0)
    attempt("read str", b.read, "x")
    attempt("readline str", b.readline, "x")
    attempt("readlines str", b.readlines, "x")
    attempt("truncate negative", b.truncate, -1)
    attempt("truncate str", b.truncate, "x")
    for bad in ("s", 1, 1.5):
        attempt("write", b.write, bad)
        attempt("init", io.BytesIO, bad)

    g = io.BytesIO(b"hello")
    m = g.getbuffer()
    print(type(m).__name__, m[0], bytes(m), m.nbytes, m.readonly)
    m[0] = ord("J")
    print(g.getvalue())
    attempt("write exported", g.write, b"x")
    attempt("truncate exported", g.truncate, 1)
    attempt("close exported", g.close)
    m.release()
    g.write(b"x")
    print(g.getvalue())
    v = g.getbuffer()
    del v
    g.write(b"y")
    print(g.getvalue())

    with io.BytesIO(b"x\ny") as f:
        print(list(f), f.closed)
    print(f.closed)
    for op in ("read", "getvalue", "tell", "readline", "getbuffer", "flush", "readable", "truncate", "__next__"):
        attempt(op, getattr(f, op))
    attempt("write", f.write, b"a")
    attempt("seek", f.seek, 0)
    attempt("seek str closed", f.seek, "x")
    attempt("iter", lambda: iter(f) is f)

    class Sub(io.BytesIO):
        pass

    print(Sub(b"s").read(), type(Sub()).__mro__[1].__name__)


asyncio.run(main())
