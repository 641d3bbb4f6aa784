# bytes as a sequence: building, operators, comparisons, slicing, iteration, hashing
import asyncio

async def reader(chunks, out):
    buf = b""
    for chunk in chunks:
        await asyncio.sleep(0.01)
        buf += chunk
        while b"\n" in buf:
            line, _, buf = buf.partition(b"\n")
            out.append(line.rstrip(b"\r"))
    return buf

async def main():
    out = []
    rest = await reader([b"HEL", b"LO\r\nWOR", b"LD\nPAR", b"TIAL"], out)
    print(out, rest)
    b = b"abcdef"
    print(b + b"gh", b * 2, 2 * b, b * 0, b * -3, b[::-1], b[1:5:2], b[::2], b[-2:], b[10:], b[0], b[-1])
    print(list(b"AZ"), [x for x in b"\x00\x01"], tuple(reversed(b"abc")), sorted(b"cab"), max(b"abc"), sum(b"\x01\x02"))
    print(bytes(3), bytes([1, 2, 255]), bytes(range(65, 70)), bytes("hé", "utf-8"), bytes("hé", encoding="latin-1"), bytes(b"xy"), bytes(bytearray(b"z")), bytes())
    print(bytes((x for x in [104, 105])), bytes(memoryview(b"mv")) if False else b"mv", len(b"abc"), len(bytes(10)))
    print(b"a" < b"b", b"ab" < b"abc", b"b" > b"abc", b"a" <= b"a", b"a" >= b"b", b"x" == b"x", b"x" != b"y", b"a" == "a", b"a" != "a")
    print(b"a" < bytearray(b"b"), bytearray(b"a") < b"b", bytearray(b"b") >= bytearray(b"b"), sorted([b"b", b"a", b"ab", b""]))
    print(hash(b"abc") == hash(b"abc"), hash(b"abc") == hash("abc"), hash(b"") == hash(""), hash(b""), {b"k": 1}[b"k"], {b"a": 1, "a": 2})
    print(b"x" in b"axb", b"xb" in b"axb", b"" in b"a", 120 in b"axb", 121 in b"axb", b"q" not in b"abc", bytearray(b"b") in b"abc")
    print(b"ab" + bytearray(b"cd"), type(b"ab" + bytearray(b"cd")).__name__, bytearray(b"ab") + b"cd", b"\x00\x7f\x80\xff'\"\\\t\n\r")
    print(repr(b"it's"), repr(b'say "hi"'), repr(b"both ' and \""), str(b"x"), f"{b'q'}", b"ab".__len__(), b"ab"[0:1] * 3)
    bs = b"abc"
    bs *= 2
    print(bs, b"a".__add__(b"b"), b"a".__mul__(2), b"ab".__getitem__(1), b"a".__eq__("a"), b"a".__lt__(b"b"))
    print(bool(b""), bool(b"\x00"), not b"", b"" or b"default", [x for x in [b"", b"a", bytearray()] if x])
    it = iter(b"hi")
    print(type(it).__name__, next(it), next(it), next(it, None))

asyncio.run(main())
