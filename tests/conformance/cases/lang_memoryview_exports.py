# A buffer-reusing frame reader: chunks arrive on a queue into one bytearray; length-prefixed frames
# are parsed through a memoryview (no copies) and the consumed bytes are dropped from the front once
# the view is released. While any view of the bytearray is alive, every operation that would change
# its size raises BufferError; writes through a view show in the bytearray and the other way round.
import asyncio
import struct


class FrameReader:
    def __init__(self):
        self.buf = bytearray()
        self.frames = []

    def feed(self, chunk):
        self.buf += chunk
        consumed = 0
        with memoryview(self.buf) as view:
            while len(view) - consumed >= 2:
                (size,) = struct.unpack_from(">H", view, consumed)
                if len(view) - consumed - 2 < size:
                    break
                frame = view[consumed + 2:consumed + 2 + size]
                self.frames.append(bytes(frame))
                frame.release()
                consumed += 2 + size
            try:
                del self.buf[:consumed]
            except BufferError as e:
                print("  while the view is alive:", type(e).__name__, e)
        del self.buf[:consumed]
        return consumed


async def network(q):
    stream = b"".join(struct.pack(">H", len(p)) + p for p in [b"alpha", b"", b"beta-gamma", b"z" * 3])
    for i in range(0, len(stream), 7):
        await asyncio.sleep(0.05)
        await q.put(stream[i:i + 7])
    await q.put(None)


async def main():
    q = asyncio.Queue()
    reader = FrameReader()
    asyncio.create_task(network(q))
    while (chunk := await q.get()) is not None:
        used = reader.feed(chunk)
        print(f"t={asyncio.get_running_loop().time():.2f} chunk={chunk!r} consumed={used} left={bytes(reader.buf)!r}")
    print("frames:", reader.frames)


asyncio.run(main())


def attempt(label, f):
    try:
        r = f()
        print(label, "->", "ok" if r is None else repr(r))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


b = bytearray(b"0123456789")
m = memoryview(b)
tail = m[5:]
m[0] = ord("A")
tail[0:2] = b"XY"
b[9] = ord("!")
print(b, m[9], tail.tobytes(), tail.obj is b)


def grow_ops():
    return [("append", lambda: b.append(1)), ("extend", lambda: b.extend(b"ab")), ("+=", lambda: b.__iadd__(b"ab")),
            ("*=", lambda: b.__imul__(2)), ("del item", lambda: b.__delitem__(0)), ("del slice", lambda: b.__delitem__(slice(0, 2))),
            ("shorter slice", lambda: b.__setitem__(slice(0, 3), b"x")), ("pop", lambda: b.pop()), ("remove", lambda: b.remove(ord("1"))),
            ("insert", lambda: b.insert(0, 1)), ("clear", lambda: b.clear()), ("__init__", lambda: b.__init__(b"new"))]


for label, op in grow_ops():
    attempt(label, op)
for label, op in [("same-size slice", lambda: b.__setitem__(slice(0, 2), b"ab")), ("extend nothing", lambda: b.extend(b"")),
                  ("*= 1", lambda: b.__imul__(1)), ("reverse", lambda: b.reverse()), ("step slice", lambda: b.__setitem__(slice(0, 4, 2), b"!!")),
                  ("bad byte first", lambda: b.append(300)), ("pop empty index", lambda: b.pop(50))]:
    attempt(label, op)
print(b)
m.release()
attempt("after m.release, tail still alive", lambda: b.append(1))
del tail
attempt("after del tail", lambda: b.append(ord("+")))


def checksum(data):
    view = memoryview(data)
    return sum(view[::2]) - sum(view[1::2])


print("checksum", checksum(b), "then resize:", b.extend(b"ok"), b)
attempt("view held as an argument", lambda: b.extend(memoryview(b)[:2]))
ro = memoryview(b"const")
attempt("read-only item", lambda: ro.__setitem__(0, 1))
attempt("read-only slice", lambda: ro.__setitem__(slice(0, 1), b"x"))
attempt("delete", lambda: memoryview(b).__delitem__(0))
w = memoryview(bytearray(4))
for label, f in [("wrong size", lambda: w.__setitem__(slice(0, 2), b"abc")), ("str slice", lambda: w.__setitem__(slice(0, 1), "a")),
                 ("too big", lambda: w.__setitem__(0, 256)), ("bytes item", lambda: w.__setitem__(0, b"a")), ("index", lambda: w.__setitem__(4, 0)),
                 ("view into view", lambda: w.__setitem__(slice(1, 3), memoryview(b"ZZ")))]:
    attempt(label, f)
print(w.obj)
w.release()
w.release()
for label, f in [("len", lambda: len(w)), ("item", lambda: w[0]), ("tobytes", lambda: w.tobytes()), ("obj", lambda: w.obj),
                 ("bytes()", lambda: bytes(w)), ("with", lambda: w.__enter__()), ("==", lambda: w == w), ("== other", lambda: w == b"")]:
    attempt(label, f)
print(repr(w).split(" at ")[0])
