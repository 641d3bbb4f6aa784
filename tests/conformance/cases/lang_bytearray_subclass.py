# Subclasses of bytearray, bytes and str made with arguments like the builtins, with __init__ and
# __new__ of their own: a message buffer that counts what it received, a checksummed packet type,
# a case-insensitive tag. Reprs name the subclass where CPython's do; results of operations are the base type.
import asyncio


class MessageBuffer(bytearray):
    """A receive buffer that remembers how many chunks went in."""

    def __init__(self, initial=b"", *, label="rx"):
        super().__init__(initial)
        self.label = label
        self.chunks = 0

    def feed(self, chunk):
        self += chunk
        self.chunks += 1
        return self


class Packet(bytes):
    """bytes with a one-byte checksum appended at construction."""

    def __new__(cls, payload):
        return super().__new__(cls, bytes(payload) + bytes([sum(payload) % 256]))

    @property
    def valid(self):
        return sum(self[:-1]) % 256 == self[-1]

    def __repr__(self):
        return f"Packet({super().__repr__()})"


class Tag(str):
    def __new__(cls, value):
        return super().__new__(cls, value.strip().lower())

    def __init__(self, value):
        self.original = value


class Plain(bytearray):
    pass


class Raw(bytes):
    pass


async def receive(buf, chunks):
    for c in chunks:
        await asyncio.sleep(0.1)
        buf.feed(c)
        print(f"t={asyncio.get_running_loop().time():.1f}", buf, buf.chunks, len(buf))


async def main():
    buf = MessageBuffer(b">", label="net")
    await receive(buf, [b"he", b"llo", Packet(b"!")])
    print(buf.label, type(buf).__name__, isinstance(buf, bytearray), buf == b">hello!!", buf[1:3], type(buf[1:3]).__name__)


asyncio.run(main())
print(Plain(b"abc"), Plain(), Plain(3), Plain([1, 2]), Plain("hé", "utf-8"), Plain(range(3)), Plain(memoryview(b"mv")))
p = Plain(b"xyz")
p.extra = 1
print(p + b"!", type(p + b"!").__name__, p * 2, type(p.copy()).__name__, p.upper(), type(p.upper()).__name__, p.extra)
print(bytes(p), bytearray(p), type(bytes(p)).__name__, list(p), p.decode(), p.hex(), memoryview(p).obj is p)
print(bytearray.__new__(Plain, b"ignored"), repr(MessageBuffer()), MessageBuffer(b"ab", label="x").label)
pk = Packet(b"abc")
print(pk, pk.valid, type(pk).__name__, len(pk), pk[0], pk[:2], type(pk[:2]).__name__, pk + b"!", type(pk + b"!").__name__)
print(Raw(b"abc"), Raw(), Raw(2), Raw("x", "ascii"), Raw([65]), type(Raw(b"a")).__name__, bytes.__new__(Raw, b"q"), hash(Raw(b"a")) == hash(b"a"))
print(bytes(Raw(b"r")), type(bytes(Raw(b"r"))).__name__, Raw(b"r") == b"r", {Raw(b"k"): 1}[b"k"], Raw(b"a b").split())
t = Tag("  Hello ")
print(repr(t), t.original, type(t).__name__, t.upper(), t == "hello")
for bad in [lambda: Plain("text"), lambda: Plain(-1), lambda: Plain([256]), lambda: Raw("text"), lambda: hash(Plain(b"a")),
            lambda: MessageBuffer(b"a", b"b"), lambda: Packet(), lambda: Plain(1.5), lambda: Plain(b"a", "utf-8")]:
    try:
        print("ok", bad())
    except Exception as e:
        print(type(e).__name__, e)
