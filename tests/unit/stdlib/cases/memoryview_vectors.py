# run: python
# Seeded vectors: memoryview slicing (twice over), tobytes, tolist, hex with separators, ==, casts
# and slice assignment through a view of a bytearray, on generated data, against CPython 3.13.
import random

rng = random.Random(2024)


def show(f):
    try:
        return repr(f())
    except Exception as e:
        return type(e).__name__ + ": " + str(e)


def index():
    return rng.choice([None, rng.randrange(-12, 13)])


def cut():
    return slice(index(), index(), rng.choice([None, 1, 2, 3, -1, -2, -3]))


for n in range(300):
    data = bytes(rng.randrange(256) for _ in range(rng.randrange(14)))
    view = memoryview(bytearray(data) if n % 2 else data)
    a, b = cut(), cut()
    part = view[a]
    inner = part[b]
    sep = rng.choice([None, ":", b"-", " "])
    per = rng.choice([1, 2, 3, -2, -3, 0])
    print(n, data.hex(), a, b, part.tobytes(), inner.tolist(), part.strides, inner.shape, part.contiguous,
          inner.tobytes() == data[a][b], show(lambda: part.hex() if sep is None else part.hex(sep, per)),
          part == data[a], inner == bytearray(data[a][b]), show(lambda: inner[rng.randrange(-3, 3)]))
    fmt = rng.choice(["H", "h", "I", "i", "Q", "d", "c", "b"])
    print(n, fmt, show(lambda: view.cast(fmt).tolist()), show(lambda: part.cast(fmt).tobytes()))
    if n % 2:
        target = view[a]
        source = bytes(rng.randrange(256) for _ in range(len(target) + rng.choice([0, 0, 1, -1])))
        print(n, show(lambda: target.__setitem__(slice(None), source)), view.obj, show(lambda: target[::-1].tobytes()))
