# memoryview for zero-copy parsing: packets arrive on a queue as bytes, a consumer slices a view of
# each (no copies) to read its header with struct.unpack_from and its payload, and compares, hashes
# and converts views as real code does. Attributes, indexing, iteration, hex, tolist and the errors.
import asyncio
import hashlib
import struct

HEADER = struct.Struct(">BHI")  # kind, sequence number, payload length


def packet(kind, seq, payload):
    return HEADER.pack(kind, seq, len(payload)) + payload


async def sender(q):
    for seq, (kind, payload) in enumerate([(1, b"hello"), (2, b"\x00\x01\x02\x03"), (1, b"bye")]):
        await asyncio.sleep(0.1)
        await q.put(packet(kind, seq, payload))
    await q.put(None)


async def receiver(q):
    digest = hashlib.sha256()
    seen = {}
    while (data := await q.get()) is not None:
        view = memoryview(data)
        kind, seq, size = HEADER.unpack_from(view)
        body = view[HEADER.size:HEADER.size + size]
        digest.update(body)
        seen[body.toreadonly()] = seq
        print(f"t={asyncio.get_running_loop().time():.1f} kind={kind} seq={seq} size={size}",
              body.tobytes(), body.hex(":"), body.nbytes, body.obj is data, body.readonly)
    print("digest", digest.hexdigest()[:16], "lookup by bytes:", seen[b"hello"], seen.get(b"bye"))


async def main():
    q = asyncio.Queue()
    await asyncio.gather(sender(q), receiver(q))


asyncio.run(main())

m = memoryview(b"abcdefgh")
print(len(m), m[0], m[-1], m[1:4].tobytes(), m[::2].tobytes(), m[::-1].tobytes(), m[6:2].tobytes())
print(m.format, m.itemsize, m.ndim, m.shape, m.strides, m.suboffsets, m.nbytes, m.readonly)
print(m[::3].shape, m[::3].strides, m[::-2].strides, m[::2].contiguous, m[1:3].c_contiguous, m.f_contiguous)
print(m.tolist()[:3], list(m[:3]), [x for x in m[5:]], 99 in m, 200 in m, list(reversed(m[:3])))
print(m.hex(), m.hex("-", 3), m.hex(b" ", -3), m[:0].hex(":"))
print(bytes(m[2:5]), bytearray(m[::4]), b"".join([m[:2], m[6:]]), b"-" + m[:1], bytearray(b"<") + m[:2])
print(m == b"abcdefgh", m[:3] == m[5:2:-1], m[:3] == memoryview(b"abc"), m == bytearray(b"abcdefgh"), m != b"x", m == [97])
print(b"cde" in b"abcdefgh", m[2:5] in [b"cde"], b"abcdefgh".find(m[3:5]), b"xx".join([b"a", m[:2]]))
print(hash(m) == hash(b"abcdefgh"), hash(m[::2]) == hash(b"aceg"), str(m[:3], "ascii"), int.from_bytes(m[:2], "big"))
print(struct.unpack("<HH", m[:4]), struct.unpack_from("2s", m, 6), list(struct.iter_unpack(">H", m)))
m2 = memoryview(m)
print(m2.obj is m.obj, m2 == m, isinstance(m, memoryview), type(m).__name__, bool(memoryview(b"")))
for bad in [lambda: m[8], lambda: m[-9], lambda: m["x"], lambda: m[1.0], lambda: m[0] < m[1] < m, lambda: m < b"z",
            lambda: memoryview("text"), lambda: memoryview(5), lambda: memoryview(), lambda: m.hex("::"),
            lambda: hash(memoryview(bytearray(3))), lambda: m.tobytes("X"), lambda: m + b"x", lambda: m * 2,
            lambda: setattr(m, "readonly", False), lambda: m.decode(), lambda: b"abc".find(m[::2]),
            lambda: b"".join([m[::2]])]:
    try:
        print("ok", bad())
    except Exception as e:
        print(type(e).__name__, e)
