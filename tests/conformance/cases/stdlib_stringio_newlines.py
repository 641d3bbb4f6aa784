"""A log collector gathers text from Windows, old Mac and Unix sources into StringIO buffers and
reports which line ends it saw: StringIO.newlines, in universal mode (newline=None or ''), is None,
one ending or a tuple of them in CPython's order ('\\r', '\\n', '\\r\\n'); each write is read on its
own, so a '\\r' that ends one write and a '\\n' that starts the next are two line ends."""
import asyncio
import io

SOURCES = {"windows": ["a\r\n", "b\r\n"], "mac": ["a\rb\r"], "unix": ["a\n", "b\n"], "mixed": ["a\r", "\nb\r\n", "c\n"]}


async def collect(name, chunks, newline):
    buf = io.StringIO(newline=newline)
    seen = [buf.newlines]
    for chunk in chunks:
        await asyncio.sleep(0.01)
        buf.write(chunk)
        seen.append(buf.newlines)
    return name, repr(newline), seen, buf.getvalue()


async def main():
    for newline in (None, "", "\n", "\r\n"):
        for row in await asyncio.gather(*(collect(n, c, newline) for n, c in SOURCES.items())):
            print(*row)
    initial = io.StringIO("x\r\ny\rz", newline=None)
    print(initial.newlines, repr(initial.read()))
    initial.close()
    try:
        initial.newlines
    except ValueError as e:
        print("ValueError:", e)
    print(io.StringIO().newlines, io.StringIO("a\n").newlines)


asyncio.run(main())
