# memoryview.cast: reading a sample buffer as 16-bit and 32-bit integers and floats without copying,
# a 2-D view of a pixel grid, writing items through a cast view, and the formats and shapes CPython
# refuses. (Native byte order: little-endian, as on every machine the recorder and Loopline run.)
import asyncio
import struct


async def sampler(out):
    raw = bytearray(struct.pack("<8h", 0, 100, -100, 32767, -32768, 1, 2, 3))
    samples = memoryview(raw).cast("h")
    for i in range(0, len(samples), 4):
        await asyncio.sleep(0.25)
        window = samples[i:i + 4]
        out.append((window.tolist(), max(window), window.nbytes, window.strides))
    samples[0] = -1
    print("raw after a write through the cast:", raw[:4], samples.format, samples.itemsize)


async def main():
    out = []
    await sampler(out)
    for row in out:
        print(f"t={asyncio.get_running_loop().time():.2f}", *row)


asyncio.run(main())

data = memoryview(bytearray(range(16)))
# (Not 'l', 'L', 'n', 'N' or 'P': their size is the platform's, and Pyodide's 3.14 is a 32-bit build.)
for fmt in ["B", "b", "c", "H", "h", "I", "i", "Q", "q", "@H", "f", "d"]:
    v = data[:8].cast(fmt)
    print(fmt, v.format, v.itemsize, len(v), v.shape, v.tolist()[:3], v[0], v.nbytes)
print(memoryview(bytes([0, 1, 0, 1])).cast("?").tolist(), memoryview(b"\xff\x80").cast("b").tolist())
grid = data.cast("B", (4, 4))
print(grid.ndim, grid.shape, grid.strides, len(grid), grid.tolist()[1], grid[2, 3], grid[-1, -1], grid.nbytes, grid.c_contiguous)
print(grid[1:3].shape, grid[1:3].tolist(), grid[::2].strides, grid[::2].c_contiguous, grid.tobytes("F")[:6], grid.cast("B").shape)
print(grid == data.cast("B", [4, 4]), grid == data, grid.hex()[:8], grid[::2].tobytes())
words = data.cast("I")
words[1] = 0x01020304
words[2] = True
print(data.tolist()[4:12], words.tolist()[:3], words == data.cast("I"), data.cast("c")[4], data.cast("B") == data)
floats = memoryview(bytearray(8)).cast("d")
floats[0] = 1.5
print(floats.tolist(), floats.obj, bytes(floats.cast("B")), floats.cast("B").cast("f").tolist())
nan = memoryview(struct.pack("<d", float("nan"))).cast("d")
print(nan == nan, nan.tolist(), memoryview(b"ab").cast("c") == memoryview(b"ab"), memoryview(b"a").cast("b") == b"a")
print(hash(memoryview(b"ab").cast("c")) == hash(b"ab"), memoryview(b"ab").cast("B").toreadonly().readonly)


def attempt(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "->", type(e).__name__, e)


for label, f in [("half floats", lambda: data[:4].cast("e").tolist()), ("0-dim", lambda: (lambda z: (z.ndim, z.shape, z.tolist(), z[()], len(z)))(data[:1].cast("B", []))),
                 ("odd length", lambda: data[:3].cast("H")), ("bad format", lambda: data.cast("x")), ("standard size", lambda: data.cast("<H")),
                 ("two chars", lambda: data.cast("2B")), ("non-byte to non-byte", lambda: data.cast("H").cast("I")),
                 ("strided", lambda: data[::2].cast("B")), ("shape mismatch", lambda: data.cast("B", [3, 3])),
                 ("zero in shape", lambda: data.cast("B", [0, 16])), ("shape type", lambda: data.cast("B", 16)),
                 ("ND to ND", lambda: grid.cast("B", [2, 8])), ("format type", lambda: data.cast(1)),
                 ("item range", lambda: words.__setitem__(0, -1)), ("item type", lambda: floats.__setitem__(0, "x")),
                 ("char item", lambda: data.cast("c").__setitem__(0, b"xy")), ("hash of H", lambda: hash(memoryview(b"ab").cast("H"))),
                 ("sub-view", lambda: grid[1]), ("3 indices", lambda: grid[1, 1, 1]), ("2-D slicing", lambda: grid[1:, 1:]),
                 ("2-D iteration", lambda: list(grid)), ("2-D slice assignment", lambda: grid.__setitem__(slice(0, 1), b"abcd")),
                 ("mixed assignment", lambda: data.__setitem__(slice(0, 2), memoryview(b"ab").cast("c")))]:
    attempt(label, f)
