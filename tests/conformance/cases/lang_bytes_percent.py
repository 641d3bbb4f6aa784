# A client builds raw HTTP/1.1 requests and a line protocol with bytes % args, and a server task
# parses them back; then printf-style bytes formatting's edge cases and CPython's errors.
import asyncio
from decimal import Decimal


class Token:
    def __init__(self, raw):
        self.raw = raw

    def __bytes__(self):
        return b"tok-" + self.raw


def request(method, path, host, body=b""):
    head = b"%s %s HTTP/1.1\r\nHost: %s\r\nContent-Length: %d\r\n" % (method, path, host, len(body))
    return head + b"\r\n" + body


async def client(queue):
    for i, path in enumerate([b"/", b"/items?id=7", b"/caf\xc3\xa9"]):
        await queue.put(request(b"GET", path, b"example.org"))
        await asyncio.sleep(0.1)
    body = b'{"n": %d, "ratio": %.3f}' % (42, 2 / 3)
    await queue.put(request(b"POST", b"/api", b"example.org", body))
    await queue.put(None)


async def server(queue):
    while (msg := await queue.get()) is not None:
        head, _, body = msg.partition(b"\r\n\r\n")
        line = head.split(b"\r\n")[0]
        print(b"%-6b| %r | %5d bytes body" % (line.split()[0], line, len(body)))


async def main():
    queue = asyncio.Queue()
    await asyncio.gather(client(queue), server(queue))


asyncio.run(main())

record = {b"user": b"ada", b"id": 17, b"score": 0.25}
print(b"%(user)s#%(id)04d score=%(score)+.1e" % record)
print(bytearray(b"[%c%c%c]") % (65, b"b", bytearray(b"C")))
print(b"%s/%s" % (Token(b"x"), bytearray(b"y")), b"%a %r" % ("caf\xe9", [1, b"2"]))
print(b"%x %X %#o %#x %08.2f|%-8s|%8b|" % (255, 255, 8, 255, -3.14159, b"left", b"right"))
print(b"%*d|%-*d|%.*s|%%|%i %u" % (5, 3, 4, 2, 2, b"abc", True, 9))
print(b"%.0f %e %g %G %5.1s|" % (2.5, 12345.678, 1e-5, 1e20, b"xyz"))
buf = bytearray(b"<%s>")
buf %= b"in-place"
print(buf, type(buf).__name__, type(b"%s" % b"" ).__name__)
print(b"%s".__mod__(b"m"), bytearray(b"%d").__mod__(3))


class Seven:
    def __index__(self):
        return 7


# %o, %x and %X take only ints and objects with __index__ (str's % as well as bytes's).
print(b"%x %o %d" % (Seven(), Seven(), Decimal("3.9")), "%X %d" % (Seven(), Decimal("3.9")))
for fmt, args in [
    (b"%x", Decimal(3)),
    ("%x", Decimal(3)),
    (b"%s", "text"),
    (b"%b", 5),
    (b"%s", None),
    (b"%c", 256),
    (b"%c", -1),
    (b"%c", b"ab"),
    (b"%c", "a"),
    (b"%d %d", (1,)),
    (b"%d", (1, 2)),
    (b"%(a)s", {"a": b"x"}),
    (b"%(a)s", (1,)),
    (b"%(a", {b"a": 1}),
    (b"%x", 1.5),
    (b"%d", "x"),
    (b"%f", "x"),
    (b"%z", 1),
    (b"%", ()),
    (b"%*d", ("x", 1)),
    (b"abc", 5),
    (b"%s %s", b"ab"),
    (b"%\xe9", 1),
]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, OverflowError, KeyError) as e:
        print(repr(fmt), type(e).__name__, e)
