# zlib's errors: its own messages for broken streams (CPython prefixes "Error N while ..."), a
# truncated stream, wrong containers and windows, checksums, preset dictionaries, the argument
# checks, and streams used after they are finished.
import zlib

data = b"".join(b"record %d of the log, status ok\n" % i for i in range(2000))
packed = zlib.compress(data, 6)
gz = zlib.compress(data, 6, 31)


def show(label, f):
    try:
        r = f()
        print(label, "->", len(r) if isinstance(r, bytes) else r)
    except Exception as e:
        print(label, "->", type(e).__name__, e)


show("stored lengths", lambda: zlib.decompress(b"\x78\x9c\x00\x05\x00\x00\x00"))
show("truncated", lambda: zlib.decompress(packed[:100]))
show("no header", lambda: zlib.decompress(b"hello world"))
show("gzip as zlib", lambda: zlib.decompress(gz))
show("zlib as gzip", lambda: zlib.decompress(packed, 31))
show("data check", lambda: zlib.decompress(packed[:-1] + bytes([packed[-1] ^ 1])))
show("gzip crc", lambda: zlib.decompress(gz[:-5] + bytes([gz[-5] ^ 1]) + gz[-4:], 31))
show("gzip length", lambda: zlib.decompress(gz[:-1] + bytes([gz[-1] ^ 1]), 31))
show("gzip method", lambda: zlib.decompress(gz[:2] + b"\x07" + gz[3:], 31))
show("gzip flags", lambda: zlib.decompress(gz[:3] + b"\xe0" + gz[4:], 31))
show("block type", lambda: zlib.decompress(b"\x78\x9c\x07"))
show("distance", lambda: zlib.decompress(b"\x78\x9c\x63\x00\x82\xff\xff\x00", 15))
show("bad code", lambda: zlib.decompress(b"\x78\x9c\xfd\xff\xff\xff\xff\xff\xff\xff\xff"))
show("code lengths", lambda: zlib.decompress(b"\x78\x9c\x05\xff\xff\xff\xff\xff\xff\xff"))
show("lengths set", lambda: zlib.decompress(b"\x78\x9c\x05\xc0\x81\x00\x00\x00\x00\x00\x00"))
show("too many", lambda: zlib.decompress(b"\x78\x9c\xfd\x1f"))
show("raw garbage", lambda: zlib.decompress(b"\xff\xff\xff\xff", -15))
show("window 9", lambda: zlib.decompress(packed, 9))
show("window 7", lambda: zlib.decompress(packed, 7))
show("window -16", lambda: zlib.decompress(packed, -16))
show("trailing", lambda: zlib.decompress(packed + b"extra"))
show("level 10", lambda: zlib.compress(b"x", 10))
show("wbits 7", lambda: zlib.compress(b"x", 6, 7))
show("level float", lambda: zlib.compress(b"x", 1.5))
show("level big", lambda: zlib.compress(b"x", 2**40))
show("str", lambda: zlib.compress("text"))
show("str decompress", lambda: zlib.decompress("text"))
show("bufsize", lambda: zlib.decompress(packed, bufsize=-1))
show("compressobj level", lambda: zlib.compressobj(12))
show("compressobj memLevel", lambda: zlib.compressobj(memLevel=10))
show("compressobj method", lambda: zlib.compressobj(method=9))
show("compressobj strategy", lambda: zlib.compressobj(strategy=5))
show("compressobj gzip zdict", lambda: zlib.compressobj(wbits=31, zdict=b"abc"))
show("decompressobj wbits", lambda: zlib.decompressobj(99))
show("decompressobj zdict", lambda: zlib.decompressobj(zdict="abc"))
show("stream error", lambda: zlib.decompressobj().decompress(b"\x78\x9c\x07"))
d = zlib.decompressobj()
show("max_length", lambda: d.decompress(packed, -1))
show("flush length", lambda: d.flush(0))
print("partial flush", len(d.decompress(packed[:200])), len(d.flush()), d.eof)
d = zlib.decompressobj()
d.decompress(packed)
d.flush()
show("after flush", lambda: d.decompress(b"x"))
c = zlib.compressobj()
c.compress(b"abc")
print(c.flush())
show("compress after finish", lambda: c.compress(b"x"))
show("flush after finish", lambda: c.flush())
show("copy after finish", lambda: c.copy())
show("flush mode 9", lambda: zlib.compressobj().flush(9))
vocab = b"record of the log, status ok\n" * 3
c = zlib.compressobj(zdict=vocab)
with_dict = c.compress(data[:500]) + c.flush()
show("needs dictionary", lambda: zlib.decompress(with_dict))
show("no dictionary", lambda: zlib.decompressobj().decompress(with_dict))
show("wrong dictionary", lambda: zlib.decompressobj(zdict=b"nope").decompress(with_dict))
show("right dictionary", lambda: zlib.decompressobj(zdict=vocab).decompress(with_dict))
try:
    zlib.decompress(b"not zlib at all")
except zlib.error as e:
    print(type(e), e.args, isinstance(e, Exception))
show("Compress()", lambda: type(zlib.compressobj())())


# Hand-made raw streams, for the errors a compressor never makes.
def stream(fields):
    # fields: (value, nbits, huffman) -> bytes, least significant bit first; a Huffman code's
    # bits go most significant first
    acc = 0
    n = 0
    for value, nbits, huff in fields:
        if huff:
            value = int(format(value, f"0{nbits}b")[::-1], 2)
        acc |= value << n
        n += nbits
    return acc.to_bytes((n + 7) // 8, "little")

def fixed_lit(sym):
    if sym < 144: return (0x30 + sym, 8, True)
    if sym < 256: return (0x190 + sym - 144, 9, True)
    if sym < 280: return (sym - 256, 7, True)
    return (0xC0 + sym - 280, 8, True)

def show_raw(label, blob):
    try:
        print(label, "->", zlib.decompress(blob, -15))
    except zlib.error as e:
        print(label, "->", e)

hdr = [(1, 1, False), (1, 2, False)]
show_raw("too far", stream(hdr + [fixed_lit(257), (0, 5, True), fixed_lit(256)]))
show_raw("far after output", stream(hdr + [fixed_lit(65), fixed_lit(257), (1, 5, True), fixed_lit(256)]))
show_raw("len code 286", stream(hdr + [fixed_lit(286)]))
show_raw("dist code 30", stream(hdr + [fixed_lit(65), fixed_lit(257), (30, 5, True)]))
show_raw("ok", stream(hdr + [fixed_lit(65), fixed_lit(257), (0, 5, True), fixed_lit(256)]))
dyn = [(1, 1, False), (2, 2, False)]
# HLIT 257, HDIST 1, HCLEN 4+15=19: all code length codes length 0 except ...
def cl(lens19):
    order = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]
    return [(lens19.get(s, 0), 3, False) for s in order]
# code length code: symbols 16 and 1 and 0 each 2 bits, 18 2 bits -> complete (4 codes of 2)
clens = {0: 2, 1: 2, 16: 2, 18: 2}
# canonical: sym 0 -> 00, 1 -> 01, 16 -> 10, 18 -> 11
show_raw("repeat first", stream(dyn + [(0, 5, False), (0, 5, False), (15, 4, False)] + cl(clens) + [(2, 2, True), (0, 2, False)]))
# lengths: 258 symbols all 0 via 18 (11 zeros+127) twice... -> end-of-block missing
show_raw("no end", stream(dyn + [(0, 5, False), (0, 5, False), (15, 4, False)] + cl(clens) +
     [(3, 2, True), (127, 7, False), (3, 2, True), (109, 7, False), (0, 2, True)]))
# all 258 lengths 1 -> oversubscribed literal/length set: 256 zeros then 1 for 256, then 1 for 0? use 1s
show_raw("lit set", stream(dyn + [(0, 5, False), (0, 5, False), (15, 4, False)] + cl(clens) +
     [(1, 2, True), (1, 2, True), (1, 2, True)] + [(3, 2, True), (127, 7, False), (3, 2, True), (95, 7, False), (1, 2, True), (0, 2, True)]))
show_raw("dist set", stream(dyn + [(0, 5, False), (1, 5, False), (15, 4, False)] + cl(clens) +
     [(1, 2, True)] + [(3, 2, True), (127, 7, False), (3, 2, True), (106, 7, False), (1, 2, True), (1, 2, True), (1, 2, True), (1, 2, True)]))
show_raw("repeat past end", stream(dyn + [(0, 5, False), (0, 5, False), (15, 4, False)] + cl(clens) +
     [(3, 2, True), (127, 7, False), (3, 2, True), (127, 7, False)]))
show_raw("stored ok", b"\x01\x03\x00\xfc\xffabc")
show_raw("stored short", b"\x01\x03\x00\xfc\xffab")
d = zlib.decompressobj()
for name in ("eof", "unused_data", "unconsumed_tail"):
    try:
        setattr(d, name, b"")
    except AttributeError as e:
        print(name, "->", e)
