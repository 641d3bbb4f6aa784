# zlib's compressed bytes, exactly: seeded inputs of many kinds (random bytes, words, long runs,
# short alphabets, copies from a small base: long and near matches) and sizes around the block,
# window and lookahead boundaries, through every level and strategy, memLevels and window sizes,
# fed whole and in random pieces with flushes between them; each group prints the length and
# CRC-32 of what it made, and every stream is decompressed back.
import random
import zlib

rng = random.Random(2024)
WORDS = [b"alpha", b"beta", b"gamma", b"the", b"quick", b"brown", b"fox", b"\n", b" ", b"0123", b"<td>", b"</td>"]


def payload(kind, n):
    if kind == "random":
        return rng.randbytes(n)
    if kind == "words":
        out = b"".join(rng.choice(WORDS) for _ in range(n // 3 + 1))
    elif kind == "runs":
        out = b"".join(bytes([rng.randrange(4)]) * rng.randrange(1, 400) for _ in range(n // 150 + 1))
    elif kind == "abc":
        out = bytes(rng.choice(b"aab") for _ in range(min(n, 2000))) * (n // 2000 + 1)
    else:
        base = rng.randbytes(rng.randrange(1, 3000))
        parts = []
        size = 0
        while size < n:
            i = rng.randrange(len(base))
            part = base[i:i + rng.randrange(1, 300)] + rng.randbytes(rng.randrange(2))
            parts.append(part)
            size += len(part)
        out = b"".join(parts)
    return out[:n]


KINDS = ["random", "words", "runs", "abc", "copies"]
SIZES = [0, 1, 3, 100, 258, 262, 263, 1000, 16383, 16384, 32768, 32769, 65536, 70000]

print("levels, whole input (zlib.compress)")
for kind in KINDS:
    sums = []
    for size in SIZES:
        data = payload(kind, size)
        crc = 0
        total = 0
        for level in range(-1, 10):
            c = zlib.compress(data, level)
            crc = zlib.crc32(c, crc)
            total += len(c)
            if zlib.decompress(c) != data:
                print("round trip failed", kind, size, level)
        sums.append(f"{size}:{total}:{crc:08x}")
    print(kind, " ".join(sums))

print("strategies, memLevels and windows (compressobj)")
for trial in range(60):
    kind = rng.choice(KINDS)
    data = payload(kind, rng.choice([50, 3000, 20000, 40000, 66000]))
    level = rng.randrange(-1, 10)
    wbits = rng.choice([9, 10, 12, 15, -9, -12, -15, 25, 31])
    mem = rng.randrange(1, 10)
    strategy = rng.randrange(5)
    c = zlib.compressobj(level, zlib.DEFLATED, wbits, mem, strategy)
    out = c.compress(data) + c.flush()
    back = zlib.decompress(out, wbits)
    print(trial, kind, len(data), level, wbits, mem, strategy, len(out), f"{zlib.crc32(out):08x}", back == data)

print("pieces and flushes")
MODES = [zlib.Z_SYNC_FLUSH, zlib.Z_FULL_FLUSH, zlib.Z_PARTIAL_FLUSH, zlib.Z_BLOCK, zlib.Z_NO_FLUSH]
for trial in range(40):
    data = payload(rng.choice(KINDS), rng.choice([2000, 30000, 80000]))
    level = rng.randrange(0, 10)
    c = zlib.compressobj(level, zlib.DEFLATED, rng.choice([15, -15, 31]), 8, rng.choice([0, 0, 1, 3]))
    out = []
    pos = 0
    flushes = []
    while pos < len(data):
        step = rng.choice([1, 10, 700, 5000, 40000])
        out.append(c.compress(data[pos:pos + step]))
        pos += step
        if rng.random() < 0.3:
            mode = rng.choice(MODES)
            flushes.append(mode)
            out.append(c.flush(mode))
    out.append(c.flush())
    blob = b"".join(out)
    d = zlib.decompressobj(47 if blob[:2] == b"\x1f\x8b" else 15 if blob[0] & 15 == 8 and int.from_bytes(blob[:2], "big") % 31 == 0 else -15)
    back = d.decompress(blob) + d.flush()
    print(trial, level, len(data), len(flushes), len(blob), f"{zlib.crc32(blob):08x}", back == data, d.eof)

print("preset dictionaries")
for trial in range(12):
    zd = payload(rng.choice(["words", "copies"]), rng.choice([20, 500, 40000]))
    data = payload("words", 5000) + zd[:300]
    wbits = rng.choice([15, -15, 12])
    c = zlib.compressobj(rng.randrange(1, 10), zlib.DEFLATED, wbits, zdict=zd)
    blob = c.compress(data) + c.flush()
    d = zlib.decompressobj(wbits, zdict=zd)
    print(trial, len(zd), len(blob), f"{zlib.crc32(blob):08x}", blob[:6].hex() if wbits > 0 else "-", d.decompress(blob) == data)
