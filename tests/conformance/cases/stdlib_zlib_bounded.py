# Decompress objects fed seeded streams in random pieces with random max_length limits: how much
# output each call gives and how much input it leaves in unconsumed_tail and unused_data show that
# input is taken a byte at a time only as zlib's inflate needs it.
import zlib, random
rng = random.Random(7)
def payload(n):
    k = rng.randrange(3)
    if k == 0: return rng.randbytes(n)
    if k == 1: return b"".join(rng.choice([b"abc", b"hello ", b"\n", b"zzzz", b"q"]) for _ in range(n // 3 + 1))[:n]
    base = rng.randbytes(200)
    return b"".join(base[rng.randrange(100):][:rng.randrange(1, 90)] for _ in range(n // 40 + 1))[:n]
for trial in range(80):
    data = payload(rng.choice([10, 500, 5000, 40000, 100000]))
    wbits = rng.choice([15, -15, 31, 9])
    blob = zlib.compress(data, rng.randrange(0, 10), wbits) + (b"JUNK" if rng.random() < 0.3 else b"")
    d = zlib.decompressobj(wbits if wbits != 31 else 47)
    pos = 0
    trace = []
    out = []
    while not d.eof and pos <= len(blob):
        step = rng.choice([1, 3, 50, 1000, 70000])
        feed = d.unconsumed_tail + blob[pos:pos + step]
        pos += step
        m = rng.choice([0, 1, 7, 100, 300, 4000])
        got = d.decompress(feed, m)
        out.append(got)
        trace.append((len(got), len(d.unconsumed_tail), len(d.unused_data)))
    if not d.eof:
        out.append(d.flush())
    ok = b"".join(out) == data
    print(trial, len(data), wbits, ok, d.eof, len(trace), zlib.crc32(repr(trace).encode()), trace[-3:])
