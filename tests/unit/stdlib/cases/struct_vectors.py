# run: python
# Seeded vectors: struct.pack/unpack/calcsize of generated formats and values (every code, every
# byte order, in-range and out-of-range values), against CPython 3.13 on 64-bit Linux.
import random
import struct

rng = random.Random(2026)
CODES = "xcbB?hHiIlLqQnNefdspP"
STANDARD = "xcbB?hHiIlLqQefdsp"
BITS = {"b": 8, "h": 16, "i": 32, "l": 64, "q": 64, "n": 64}


def value(code, order):
    if code == "c":
        return bytes([rng.randrange(256)])
    if code in "sp":
        return bytes(rng.randrange(256) for _ in range(rng.randrange(6)))
    if code == "?":
        return rng.choice([0, 1, "", "x", None, [1]])
    if code in "efd":
        kind = rng.randrange(6)
        if kind == 0:
            return rng.choice([0.0, -0.0, float("inf"), float("-inf"), 65504.0, 65520.0, 3.4e38, 3.5e38, 1e-8, 6e-8])
        if kind == 1:
            return rng.randrange(-70000, 70000)
        return rng.uniform(-1, 1) * 10 ** rng.randrange(-10, 10)
    size = struct.calcsize(order + code)
    signed = code.islower()
    bits = 8 * size
    lo, hi = (-(2 ** (bits - 1)), 2 ** (bits - 1) - 1) if signed else (0, 2**bits - 1)
    pick = rng.randrange(8)
    if pick == 0:
        return lo - rng.randrange(1, 3)
    if pick == 1:
        return hi + rng.randrange(1, 3)
    if pick == 2:
        return rng.choice([lo, hi, 0, True])
    return rng.randint(lo, hi)


for n in range(400):
    order = rng.choice(["", "@", "=", "<", ">", "!"])
    codes = CODES if order in ("", "@") else STANDARD
    parts, values = [], []
    for _ in range(rng.randrange(1, 5)):
        code = rng.choice(codes)
        count = rng.choice([None, None, 0, 1, 2, 3])
        parts.append(("" if count is None else str(count)) + code)
        reps = 1 if code in "sp" else (1 if count is None else count)
        if code != "x":
            values += [value(code, order) for _ in range(reps)]
    fmt = order + "".join(parts)
    try:
        packed = struct.pack(fmt, *values)
        back = struct.unpack(fmt, packed)
        print(n, fmt, struct.calcsize(fmt), packed.hex(), back)
    except (struct.error, OverflowError) as e:
        print(n, fmt, type(e).__name__, e)
    buf = bytes(rng.randrange(256) for _ in range(struct.calcsize(fmt)))
    print(n, "unpack", buf.hex(), struct.unpack(fmt, buf))
