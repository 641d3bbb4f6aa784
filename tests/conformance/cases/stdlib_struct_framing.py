# Length-prefixed message framing over an asyncio.Queue standing in for a stream: the sender
# packs a header (magic, version, type, flags, sequence number, body length) with struct, the
# receiver reassembles frames from arbitrary chunks and unpacks them; then struct's other entry
# points and its errors with CPython's messages.
import asyncio
import struct

HEADER = struct.Struct("!2sBBHIH")
MAGIC = b"LL"
PING, DATA, BYE = 1, 2, 3


def frame(kind, seq, body=b"", flags=0):
    return HEADER.pack(MAGIC, 1, kind, flags, seq, len(body)) + body


async def sender(stream):
    messages = [frame(PING, 1), frame(DATA, 2, b"hello"), frame(DATA, 3, struct.pack("<3d", 1.5, -2.25, 1e10), 1)]
    messages.append(frame(DATA, 4, struct.pack(">e?c5p", 0.1, True, b"z", b"pascal")))
    messages.append(frame(BYE, 5))
    wire = b"".join(messages)
    pos, size = 0, 3
    while pos < len(wire):
        await stream.put(wire[pos : pos + size])
        pos += size
        size = size * 2 % 17 + 1
        await asyncio.sleep(0.01)
    await stream.put(b"")


async def receiver(stream):
    buf = bytearray()
    while True:
        chunk = await stream.get()
        if not chunk:
            print("eof with", len(buf), "bytes left")
            return
        buf += chunk
        while len(buf) >= HEADER.size:
            magic, version, kind, flags, seq, length = HEADER.unpack_from(buf)
            if len(buf) < HEADER.size + length:
                break
            body = bytes(buf[HEADER.size : HEADER.size + length])
            del buf[: HEADER.size + length]
            if kind == DATA and flags:
                body = struct.unpack("<3d", body)
            elif kind == DATA and length == 9:
                body = struct.unpack(">e?c5p", body)
            print(f"frame {seq} v{version} kind={kind} magic={magic} body={body!r}")


async def main():
    stream = asyncio.Queue()
    await asyncio.gather(sender(stream), receiver(stream))


asyncio.run(main())

print(HEADER.format, HEADER.size, struct.calcsize("=bq"), struct.calcsize("<5s3x2H"), struct.calcsize("!?e"))
print(struct.pack("<hHiIqQ", -2, 65535, -(2**31), 2**32 - 1, -(2**63), 2**64 - 1).hex())
print(struct.unpack(">bB4s", b"\xff\xff\x01\x02\x03\x04"), struct.pack("<f", 0.1), struct.unpack("<f", struct.pack("<f", 0.1)))
buf = bytearray(12)
struct.pack_into("<HH", buf, 2, 0xBEEF, 7)
struct.pack_into(">I", buf, -4, 0xDEADBEEF)
print(buf.hex(), struct.unpack_from("<H", buf, 4), struct.unpack_from(">I", buf, offset=-4))
print(list(struct.iter_unpack("<hB", b"\x01\x00\x02\x03\x00\x04")), list(HEADER.iter_unpack(frame(PING, 9) * 2)))
print(struct.pack(">e", 65504.0), struct.pack("<e", 6e-8), struct.unpack("<e", b"\x00\x7c"), struct.pack("<?x?", "yes", []))
print(struct.pack(b">3s", b"abcdef"), struct.pack("2p", b"xy"), struct.unpack("5p", b"\x09abcd"))

for call in [
    lambda: struct.pack(">h", 40000),
    lambda: struct.pack("<B", -1),
    lambda: struct.pack("<I", 2**32),
    lambda: struct.pack(">q", 2**63),
    lambda: struct.pack("<i", 1.0),
    lambda: struct.pack("<d", "x"),
    lambda: struct.pack("<f", 1e39),
    lambda: struct.pack("<e", 1e6),
    lambda: struct.pack("c", b"ab"),
    lambda: struct.pack("s", "text"),
    lambda: struct.pack("<ii", 1),
    lambda: struct.pack("<i", 1, 2),
    lambda: struct.unpack("<i", b"abc"),
    lambda: struct.unpack_from("<i", b"abc", 1),
    lambda: struct.unpack_from("<i", b"abcdef", -2),
    lambda: struct.unpack_from("<i", b"abcdef", -9),
    lambda: struct.pack_into("<i", bytearray(5), 2, 1),
    lambda: struct.pack_into("<i", bytearray(5), -2, 1),
    lambda: struct.pack_into("<i", b"12345", 0, 1),
    lambda: list(struct.iter_unpack("<i", b"abcde")),
    lambda: struct.iter_unpack("", b""),
    lambda: struct.calcsize("<n"),
    lambda: struct.calcsize("3"),
    lambda: struct.calcsize("y"),
    lambda: struct.calcsize(5),
    lambda: struct.unpack("<i", "text"),
]:
    try:
        print(call())
    except (struct.error, TypeError, OverflowError) as e:
        print(f"{type(e).__module__}.{type(e).__qualname__}: {e}")
