"""Generate CPython 3.13 reference vectors for src/lib/py/format.

Run from the repo root:
    PYENV_VERSION=3.13.0 python3 tests/unit/format/gen_vectors.py
It writes tests/unit/format/vectors.json (deterministic: fixed seed).

Encodings used in the JSON:
  float  -> 16 hex digits of the IEEE-754 bit pattern (exact, covers nan/inf/-0.0)
  int    -> decimal string
  percent-format arguments -> tagged objects: {"i": "12"}, {"f": bits}, {"s": "x"},
             {"b": true}, {"n": null}, {"l": [..]} (list), {"d": [[key, val], ..]} (dict)
  errors -> ["ValueError", "message"]
"""

import calendar
import json
import os
import random
import struct
import sys
import time

assert sys.version_info[:2] == (3, 13), sys.version

# %s in strftime goes through mktime(): pin the local zone to UTC.
os.environ["TZ"] = "UTC"
time.tzset()

rng = random.Random(20241113)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "vectors.json")


def fbits(x: float) -> str:
    return struct.pack(">d", x).hex()


def from_bits(h: int) -> float:
    return struct.unpack(">d", h.to_bytes(8, "big"))[0]


def err(e: BaseException):
    return [type(e).__name__, str(e)]


def call(fn):
    try:
        return {"out": fn()}
    except Exception as e:  # noqa: BLE001 - we record every exception
        return {"err": err(e)}


# ---------------------------------------------------------------- floats

SPECIAL_FLOATS = [
    0.0, -0.0, float("inf"), float("-inf"), float("nan"),
    5e-324, -5e-324, 1e-323, 2.2250738585072014e-308, 2.225073858507201e-308,
    1.7976931348623157e308, -1.7976931348623157e308, 1e308,
    1.0, -1.0, 0.1, 0.2, 0.3, 0.1 + 0.2, 1 / 3, 2 / 3, 0.5, 1.5, 2.5, 3.5, -2.5,
    0.125, 0.375, 0.625, 2.675, 1.005, 1.015, 1.025, 0.045, 1.45, 2.345, 1234.5,
    1e16, 1e15, 9999999999999998.0, 1e17, 123456789012345.0, 1234567890123456.0,
    12345678901234567.0, 1e-4, 1e-5, 0.0001, 0.00001, 1.5e-7, 1e-7, 0.001,
    1e22, 1e23, 2.0 ** 53, 2.0 ** 53 + 2, 2.0 ** 63, 2.0 ** 64, 2.0 ** 1023, 2.0 ** -1074,
    9.5, 99.5, 999.5, 0.95, 0.995, 9.995, 99.995, 0.05, 0.15, 0.25, 0.35, 5e-5, 5e-6,
    123.456, -123.456, 1e100, 1.2345e-100, 3.141592653589793, 2.718281828459045,
    6.02214076e23, 6.62607015e-34, 299792458.0, 1e21, 1e-21, 4.35, 0.3e-10,
    100.0, 1000.0, 1e6, 1234567.0, 12345678.9, 0.000123456, 1e-10, 1.7976931348623157e+308 / 3,
]


def random_float() -> float:
    kind = rng.randrange(7)
    if kind == 0:  # uniform over bit patterns: mostly huge/tiny magnitudes
        while True:
            x = from_bits(rng.getrandbits(64))
            if x == x:
                return x
    if kind == 1:  # subnormal
        return from_bits(rng.getrandbits(52)) * rng.choice([1, -1])
    if kind == 2:  # "nice" decimal
        return round(rng.uniform(-1e6, 1e6), rng.randrange(0, 9))
    if kind == 3:  # random significand, random decimal exponent
        return float(f"{rng.uniform(1, 10):.{rng.randrange(1, 18)}f}e{rng.randrange(-330, 310)}")
    if kind == 4:  # exact binary fractions: decimal ties for rounding
        return rng.randrange(-10 ** 6, 10 ** 6) / 2 ** rng.randrange(0, 12)
    if kind == 5:  # integers stored as floats
        return float(rng.randrange(-2 ** 64, 2 ** 64)) / (10 ** rng.randrange(0, 3))
    return rng.uniform(-1, 1) * 10 ** rng.randrange(-8, 20)


FLOATS = SPECIAL_FLOATS + [random_float() for _ in range(700)]

REPR_ONLY = [from_bits(rng.getrandbits(64)) for _ in range(1200)] + [random_float() for _ in range(600)]
float_repr = [[fbits(x), repr(x)] for x in FLOATS + REPR_ONLY]
assert all(repr(x) == str(x) for x in FLOATS)

# ---------------------------------------------------------------- format specs

FILLS = ["", "", "", " ", "*", "0", "x", "é", "😀", "<", "="]
ALIGNS = ["", "", "<", ">", "^", "="]


def random_spec(types, p_prec=0.55):
    s = ""
    align = rng.choice(ALIGNS)
    if align:
        s += rng.choice(FILLS) + align
    if rng.random() < 0.35:
        s += rng.choice("+- ")
    if rng.random() < 0.08:
        s += "z"
    if rng.random() < 0.15:
        s += "#"
    if rng.random() < 0.2:
        s += "0"
    if rng.random() < 0.55:
        s += str(rng.choice([rng.randrange(0, 12), rng.randrange(0, 30)]))
    if rng.random() < 0.25:
        s += rng.choice([",", "_", ",", "_", ",_", "_,"]) if rng.random() < 0.1 else rng.choice(",_")
    if rng.random() < p_prec:
        s += "." + str(rng.choice([rng.randrange(0, 8), rng.randrange(0, 25), rng.randrange(0, 70)]))
    if rng.random() < 0.03:
        s += "."
    s += rng.choice(types)
    return s


FLOAT_TYPES = ["", "", "e", "E", "f", "F", "g", "G", "n", "%", "d", "s", "x"]
INT_TYPES = ["", "", "d", "d", "b", "o", "x", "X", "n", "c", "e", "f", "g", "G", "%", "s", "E", "F"]
STR_TYPES = ["", "", "s", "s", "d"]

COMMON_FLOAT_SPECS = [
    "", ".2f", ".0f", ".1f", ".3f", ".10f", "f", "e", ".3e", ".0e", "g", ".3g", ".10g", ".17g", "#g",
    "#.3g", "%", ".1%", ".0%", ",", ",.2f", "_.3f", "+", " ", "10", "<10", "^12.3f", "=+12.2e", "010.2f",
    ".1", ".5", ".12", ".16", ".17", "z.2f", "z", "n", ".3n", "E", "G", "F", ".20e", ".40f", "#.0f", "#.0e",
    "015,.3f", "0=15,", "x^15,.1f", ".100f",
]
COMMON_INT_SPECS = [
    "", "d", ",", "_", "_x", "_b", "#x", "#X", "#o", "#b", "x", "X", "o", "b", "010", "+", " ", "-",
    "010,", "012,", "0=11_", "^10", "<10", ">10", "=+10", "+#010x", "c", ".2f", "e", "g", "%", "n",
    ",.2f", "#_x", "09_b", "z", ".2", "s", ",x", "_n",
]
COMMON_STR_SPECS = ["", "s", "10", "<10", ">10", "^10", "*^11", ".2", "10.3", "=10", "+", " ", "#", "z", "05", "d", ",", ".0", "x^5s"]

fmt_vectors = []


def add_format(kind, value, spec):
    if kind == "float":
        enc = fbits(value)
    elif kind == "int":
        enc = str(value)
    else:
        enc = value
    fmt_vectors.append({"t": kind, "v": enc, "spec": spec, **call(lambda: format(value, spec))})


for x in SPECIAL_FLOATS:
    for spec in COMMON_FLOAT_SPECS:
        add_format("float", x, spec)
for x in FLOATS[len(SPECIAL_FLOATS):]:
    for spec in rng.sample(COMMON_FLOAT_SPECS, 3) + [random_spec(FLOAT_TYPES) for _ in range(3)]:
        add_format("float", x, spec)


def random_int():
    k = rng.randrange(6)
    if k == 0:
        return rng.randrange(-20, 20)
    if k == 1:
        return rng.randrange(-10 ** 6, 10 ** 6)
    if k == 2:
        return rng.randrange(-2 ** 70, 2 ** 70)
    if k == 3:
        return rng.randrange(-10 ** 40, 10 ** 40)
    if k == 4:
        return rng.randrange(0, 0x110000)
    return rng.choice([0, 1, -1, 2 ** 63 - 1, -2 ** 63, 2 ** 63, 10 ** 400, -10 ** 309, 2 ** 1024, 2 ** 53 + 1])


INTS = [0, 1, -1, 7, -7, 42, 255, -255, 1000, 1234, 123456789, -123456789, 10 ** 20, -(10 ** 30) - 7,
        2 ** 64, 65, 0x1F600, 0x10FFFF, 0x110000, 10 ** 400, 2 ** 53 + 1, 2 ** 1024 - 2 ** 970 - 1]
INTS += [random_int() for _ in range(250)]
for x in INTS[:22]:
    for spec in COMMON_INT_SPECS:
        add_format("int", x, spec)
for x in INTS[22:]:
    for spec in rng.sample(COMMON_INT_SPECS, 3) + [random_spec(INT_TYPES, 0.15) for _ in range(4)]:
        add_format("int", x, spec)
for b in (True, False):
    for spec in ["", "d", "5", "<5", "x", "#b", ".2f", "c", "s", "+", ",", "%", "g", "z"]:
        add_format("bool", b, spec)

STRS = ["", "a", "abc", "hello world", "héllo", "한국어", "日本語テキスト", "😀", "a😀b", "tab\there", "x" * 40]
for s in STRS:
    for spec in COMMON_STR_SPECS:
        add_format("str", s, spec)
for _ in range(150):
    s = "".join(rng.choice("abcxyz é한😀 ") for _ in range(rng.randrange(0, 12)))
    add_format("str", s, random_spec(STR_TYPES))

# Error / edge specs that random generation rarely hits.
EDGE = [
    ("int", 5, "abc"), ("int", 5, "5 d"), ("int", 5, ",,d"), ("int", 5, ",_d"), ("int", 5, "_,d"),
    ("int", 5, ",n"), ("int", 5, ",c"), ("int", 5, ",b"), ("int", 5, "_c"), ("int", 5, ".d"),
    ("int", 5, "9" * 25), ("int", 5, "." + "9" * 25), ("int", 5, "é"), ("int", 5, "\n"),
    ("int", 5, "٥"), ("int", 5, "0٣"), ("int", 5, "𝟚x"), ("int", -5, "c"), ("int", 2 ** 70, "c"),
    ("int", 5, "+c"), ("int", 5, "#c"), ("int", 5, "zd"), ("int", 5, ".2x"), ("int", 65, "0=5c"),
    ("int", 65, "05c"), ("int", 65, "^5c"), ("int", 5, "=5"), ("int", 5, "0<5"), ("int", 5, "x<05"),
    ("int", 5, "0^5"), ("int", 1234, "0>10,"), ("int", 1234, "0<10,"), ("int", -1234, "010,"),
    ("int", -1234, "013_"), ("int", 255, "_X"), ("int", 255, "#_X"), ("int", 2 ** 40, "#014_x"),
    ("float", 1.5, "5 f"), ("float", 1.5, ",s"), ("float", 1.5, "s"), ("float", 1.5, "c"),
    ("float", 1.5, ".f"), ("float", 1.5, "." + "9" * 12 + "f"), ("float", 1.5, ",n"), ("float", 1.5, "_%"),
    ("float", float("inf"), "010"), ("float", float("-inf"), "010,"), ("float", float("nan"), "+010"),
    ("float", float("-nan"), "+"), ("float", -0.0, "z.1f"), ("float", -0.0001, "z.2f"), ("float", -0.0001, "z.2e"),
    ("float", -0.00001, "z.1%"), ("float", float("-inf"), "z"), ("float", 1e300, "f"), ("float", 1e300, ",f"),
    ("float", 1e-300, ".310f"), ("float", 5e-324, ".1080f"), ("float", 0.5, ".0f"), ("float", 1.5, ".0f"),
    ("float", 0.5, ".0e"), ("float", 1234.5, ".4g"), ("float", 1234.5, "#.4g"), ("float", 0.0, "#.3g"),
    ("float", 0.0, "#g"), ("float", 1e16, ".16"), ("float", 1e16, ".17"), ("float", 123.0, ".3"),
    ("float", 100.0, ".3"), ("float", 1.0, ".1"), ("float", 10.0, ".1"), ("float", 9.99, ".1"),
    ("float", 0.00001, ".1"), ("float", 0.0001, ".1"), ("str", "abc", "+s"), ("str", "abc", " s"),
    ("str", "abc", "-s"), ("str", "abc", "=s"), ("str", "abc", "#s"), ("str", "abc", "zs"),
    ("str", "abc", "_s"), ("str", "abc", ",s"), ("str", "abc", ".s"), ("str", "abc", "0"), ("str", "abc", "08"),
    ("str", "abc", "0>8"), ("str", "abc", "é"), ("str", "😀😀😀", ".2"), ("str", "abc", "😀^9"),
    ("int", 5, "😀"), ("float", 1.5, "😀"), ("str", "abc", "😀"), ("int", 5, "{^5"), ("float", 2.5, "}>6.1f"),
]
for kind, v, spec in EDGE:
    add_format(kind, v, spec)

# ---------------------------------------------------------------- % formatting


class Tagged:
    """Helpers to encode percent-format arguments."""

    @staticmethod
    def enc(v):
        if isinstance(v, bool):
            return {"b": v}
        if isinstance(v, int):
            return {"i": str(v)}
        if isinstance(v, float):
            return {"f": fbits(v)}
        if isinstance(v, str):
            return {"s": v}
        if v is None:
            return {"n": None}
        if isinstance(v, list):
            return {"l": [Tagged.enc(x) for x in v]}
        if isinstance(v, dict):
            return {"d": [[k, Tagged.enc(x)] for k, x in v.items()]}
        raise TypeError(v)


pct_vectors = []


def add_pct(fmt, args):
    enc = {"tuple": [Tagged.enc(a) for a in args]} if isinstance(args, tuple) else Tagged.enc(args)
    pct_vectors.append({"fmt": fmt, "args": enc, **call(lambda: fmt % args)})


PCT_FIXED = [
    ("%s", ("x",)), ("%s", "x"), ("%s", 5), ("%s", (5,)), ("%s %s", (1, 2)), ("%d", 3.7), ("%d", -3.7),
    ("%d", True), ("%i", 42), ("%u", -42), ("%x", 255), ("%X", 255), ("%#x", 255), ("%#X", 255),
    ("%#o", 8), ("%o", -8), ("%5d", 42), ("%-5d|", 42), ("%05d", -42), ("%+d", 5), ("% d", 5),
    ("%+5d", 5), ("%-+5d|", 5), ("%.3d", 5), ("%8.3d", -5), ("%08.3d", 5), ("%#08x", 255), ("%#8x", 255),
    ("%-#8x|", 255), ("%+#x", 255), ("%f", 1.5), ("%.2f", 2.675), ("%.2f", 0.125), ("%e", 12345.678),
    ("%E", 1e-10), ("%g", 1e-5), ("%g", 123456789.0), ("%G", 1e20), ("%#g", 1.0), ("%#.0f", 3.0),
    ("%#.0e", 3.0), ("%.0g", 0.5), ("%010.3f", -3.14159), ("%-10.3f|", 3.14159), ("%+.1f", 0.0),
    ("% .1f", -0.0), ("%f", float("inf")), ("%05f", float("inf")), ("%+f", float("nan")), ("%f", 10 ** 20),
    ("%f", 10 ** 400), ("%f", True), ("%c", 65), ("%c", "é"), ("%c", 0x1F600), ("%5c|", "x"), ("%-5c|", 65),
    ("%c", -1), ("%c", 0x110000), ("%c", "ab"), ("%c", ""), ("%c", 1.5), ("%c", None), ("%r", "it's"),
    ("%r", 'a"b'), ("%a", "héllo😀"), ("%s", "héllo😀"), ("%.2s", "héllo"), ("%5.2s|", "héllo"),
    ("%-6s|", "ab"), ("%06s|", "ab"), ("%r", 1.0), ("%s", 1e16), ("%s", -0.0), ("%s", None), ("%r", None),
    ("%s", [1, "a"]), ("%r", [1.5, "b'"]), ("%s", True), ("%5s|", False), ("%*d", (5, 42)), ("%-*d|", (5, 42)),
    ("%*d|", (-5, 42)), ("%.*f", (2, 3.14159)), ("%.*f", (-2, 3.14159)), ("%*.*f", (10, 3, 3.14159)),
    ("%*d", ("5", 42)), ("%*d", (5.0, 42)), ("%.*f", (True, 1.25)), ("%%", ()), ("100%%", ()), ("%5%", ()),
    ("%-5%|", ()), ("%s%%", (5,)), ("%", ()), ("abc%", ()), ("%5", (1,)), ("%.", (1,)), ("%-", (1,)),
    ("%(a)s", {"a": 1}), ("%(a)s %(b)r", {"a": "x", "b": "y"}), ("%(a)5.1f|", {"a": 2.25}),
    ("%(a)s %(a)d", {"a": 3}), ("%(missing)s", {"a": 1}), ("%(a)s", (1,)), ("%(a)s", 5), ("%(a", {"a": 1}),
    ("%(a(b))s", {"a(b)": 7}), ("%(a)", {"a": 1}), ("%s", {"a": 1}), ("abc", {"a": 1}), ("abc", ()),
    ("abc", 5), ("abc", "x"), ("abc", []), ("%s", ()), ("%s %s", (1,)), ("%s", (1, 2)), ("%d", "x"),
    ("%d", "5"), ("%x", 1.5), ("%o", "x"), ("%X", None), ("%i", [1]), ("%f", "x"), ("%e", None),
    ("%g", [1]), ("%d", float("nan")), ("%d", float("inf")), ("%y", 5), ("%y", ()), ("a%-y", 5),
    ("%é", 5), ("%\x01", 5), ("%ld", 5), ("%hd", 5), ("%Lf", 1.5), ("%l", 5), ("%(a)*d", {"a": 5}),
    ("%s %s %s", ("a", 1, 2.5)), ("x=%r y=%s", ("a\nb", "a\nb")), ("%3$s", (1,)), ("%.1000f", 1.0),
    ("%.2147483648f", 1.0), ("%99999999999999999999d", 1), ("%.3s", 12345), ("%.3r", 12345), ("%5r|", 7),
    ("%d", 2 ** 100), ("%x", -2 ** 100), ("%#.5o", 8), ("%#.5x", -255), ("%+#010X", 255), ("% 010x", 255),
    ("%-010d|", 5), ("%0-10d|", 5), ("%0.0d", 0), ("%.0d", 0), ("%#.0x", 0), ("%.0s", "abc"),
    ("%-05.1f|", 2.5), ("%+ d", 5), ("% +d", 5), ("%#5.0f|", 2.5), ("%#x", True), ("%s", 10 ** 30),
]
for fmt, args in PCT_FIXED:
    add_pct(fmt, args)

PCT_CONVS = "sridouxXeEfFgGc"


def random_pct():
    fmt_parts = []
    args = []
    for _ in range(rng.randrange(1, 4)):
        fmt_parts.append(rng.choice(["", "x", "ab ", "é-", " | "]))
        spec = "%"
        for flag in "-+ #0":
            if rng.random() < 0.15:
                spec += flag
        if rng.random() < 0.4:
            if rng.random() < 0.15:
                spec += "*"
                args.append(rng.randrange(-12, 13))
            else:
                spec += str(rng.randrange(0, 15))
        if rng.random() < 0.4:
            if rng.random() < 0.15:
                spec += ".*"
                args.append(rng.randrange(-3, 12))
            else:
                spec += "." + str(rng.randrange(0, 20))
        conv = rng.choice(PCT_CONVS)
        spec += conv
        fmt_parts.append(spec)
        if conv in "sr" and rng.random() < 0.5:
            args.append(rng.choice(["abc", "", "héllo", "it's", "한국", 5, 1.5, None, True]))
        elif conv == "c":
            args.append(rng.choice([65, 0x1F600, "z", "é", 0x3042]))
        elif conv in "eEfFgG":
            args.append(rng.choice([random_float(), rng.randrange(-1000, 1000), rng.choice(SPECIAL_FLOATS)]))
        elif conv in "oxX":
            args.append(rng.choice([random_int(), rng.randrange(-300, 300), True]))
        else:
            args.append(rng.choice([random_int(), rng.randrange(-300, 300), random_float(), False]))
    fmt = "".join(fmt_parts)
    return fmt, tuple(args)


for _ in range(500):
    add_pct(*random_pct())

# ---------------------------------------------------------------- strftime / gmtime

STRF_CODES = list("aAbBcCdDeFgGhHIjklmMnpPrRsStTuUVwWxXyYzZ%") + ["f", "Q", "Ec", "EC", "Ex", "EX", "Ey", "EY",
                                                                   "Od", "Oe", "OH", "OI", "Om", "OM", "OS",
                                                                   "Ou", "OU", "OV", "Ow", "OW", "Oy", "Ed", "OY", "OC", "Os", "O%",
                                                                   "Oa", "Eb", "Ob", "OB", "E%", "+", "q", "OE", "Op", "Ez", "OZ", "Oz", "Ot", "On"]
STRF_FIXED = [
    "%X", "%H:%M:%S", "%Y-%m-%d %H:%M:%S", "%c", "%x", "%a %A %b %B", "%j", "%p %I", "%y", "%%",
    "%U %W %V %G %g %u %w", "%e|%k|%l", "%D %F %R %r %T", "%z %Z", "%C", "%h", "plain text", "",
    "%", "abc%", "%-", "%5", "%E", "%-d/%-m/%-y", "%_H|%_m", "%05d", "%-5d|", "%_5d|", "%^a %^B %^p",
    "%#a %#A %#b %#p %#Z", "%10A|", "%-10A|", "%010A|", "%^10c", "%_10c", "%3Y", "%10Y", "%_10Y",
    "%-10Y|", "%6z", "%-z", "%_z", "%ss", "%10%", "%05e", "%-e", "%0e", "%8j", "%-j", "%P", "%^P", "%#P",
    "%f", "%5Q", "%Ey", "%EY", "%OS", "é%Hü", "%10x", "%-10t|", "%3n|", "%11s|", "%-11s|", "%_11s|",
    "%011s|", "%s", "%3E%", "%E%%Oe", "%q",
]


def strf_time_values():
    vals = [0, 1, -1, 86399, 86400, 946684799, 946684800, 951782400, 1700000000, 1709251199, 2147483647,
            2147483648, 4102444800, 253402300799, -2208988800, -62135596800, -62135596801, -30610224000,
            -59011459200, -11644473600, 1234567890.5, 1e9 + 0.999999, -0.5, 1704067200, 1735603200,
            1230768000, 1262304000, 1609459200, 1640995200, 1672531200, 1293840000, 1104537600]
    for _ in range(160):
        k = rng.randrange(4)
        if k == 0:
            vals.append(rng.randrange(0, 4102444800))
        elif k == 1:
            vals.append(rng.randrange(-62135596800, 253402300800))
        elif k == 2:
            vals.append(round(rng.uniform(0, 2e9), 3))
        else:  # around new year: ISO week edge cases
            y = rng.randrange(1971, 2100)
            vals.append(calendar.timegm((y, 1, 1, 0, 0, 0)) + rng.randrange(-8, 8) * 86400 + rng.randrange(0, 86400))
    return vals


strf_vectors = []
gm_vectors = []
for t in strf_time_values():
    st = time.gmtime(t)
    gm_vectors.append({"t": t, "st": list(st[:9]), "zone": st.tm_zone, "gmtoff": st.tm_gmtoff})
    fmts = rng.sample(STRF_FIXED, 4)
    for _ in range(2):
        f = ""
        for _ in range(rng.randrange(1, 5)):
            f += rng.choice(["", " ", "-", ":", "x", "/"]) + "%"
            if rng.random() < 0.2:
                f += rng.choice("_-0^#")
            if rng.random() < 0.15:
                f += str(rng.randrange(0, 12))
            f += rng.choice(STRF_CODES)
        fmts.append(f)
    if t in (0, 1700000000, -62135596800, 253402300799):
        fmts = STRF_FIXED + fmts
    for f in fmts:
        strf_vectors.append({"fmt": f, "t": t, **call(lambda: time.strftime(f, st))})

# ---------------------------------------------------------------- repr(str)

REPR_FIXED = [
    "", "a", "it's", 'say "hi"', "both ' and \"", "back\\slash", "\n\t\r", "\x00\x01\x1f\x7f",
    "\x80\x9f\xa0\xad\xff", "é", "한국어", "😀", "👩‍💻", "\u200b\u200d\ufeff", "\u2028\u2029",
    "\u3000", "\ue000", "\U000f0000", "\u0378", "\ud800", "\udfff", "\ud800x", "a\u0301", "\U0001fa89",
    "\U00013460", "\u0897", "\U000e0001", "\U000e0100", "\x85", "\u00a0x", "'\"", "\\'", "\U0010ffff",
    "\ufffd", "\uffff", "\u061c", "\u180e", "\u2060\u2061\u2064\u2066",
]
POOL = (
    [chr(c) for c in range(0x20, 0x7f)] * 2
    + ["\n", "\t", "\r", "\x00", "\x1b", "\x7f", "\x85", "\xa0", "\xad", "é", "ß", "ñ", "한", "글", "中", "文",
       "😀", "🎉", "\u200d", "\u2028", "\ufeff", "\ue123", "\u0378", "\ud834", "\udd1e", "\U0001fa89", "\u0301",
       "\U000e0041", "\u3000", "\u2003", "\U00013460", "\u0897", "\U0001f6d8"]
)


def random_repr_str():
    chars = []
    for _ in range(rng.randrange(0, 14)):
        if rng.random() < 0.1:
            c = chr(rng.randrange(0, 0x110000))
        elif rng.random() < 0.1:
            c = chr(rng.randrange(0x80, 0x3000))
        else:
            c = rng.choice(POOL)
        # A high surrogate followed by a low one would become a pair in JS.
        if chars and "\ud800" <= chars[-1] <= "\udbff" and "\udc00" <= c <= "\udfff":
            continue
        chars.append(c)
    return "".join(chars)


repr_vectors = [[s, repr(s)] for s in REPR_FIXED]
repr_vectors += [[s, repr(s)] for s in (random_repr_str() for _ in range(400))]
# Every code point of a few interesting blocks, one string per block.
for lo, hi in [(0x0, 0x100), (0x300, 0x400), (0x2000, 0x2070), (0xfff0, 0x10000), (0x1f600, 0x1f700),
               (0x1fa50, 0x1fb00), (0xe0000, 0xe0080)]:
    repr_vectors.append(["".join(chr(c) for c in range(lo, hi)), repr("".join(chr(c) for c in range(lo, hi)))])

# Code points where str.isprintable() flips, starting from "not printable" at U+0000.
printable_flips = []
state = False
for c in range(0x110000):
    if chr(c).isprintable() != state:
        printable_flips.append(c)
        state = not state

data = {
    "python": sys.version,
    "floatRepr": float_repr,
    "format": fmt_vectors,
    "percent": pct_vectors,
    "strftime": strf_vectors,
    "gmtime": gm_vectors,
    "strRepr": repr_vectors,
    "printableFlips": printable_flips,
}
with open(OUT, "w", encoding="ascii") as fh:
    json.dump(data, fh, ensure_ascii=True, indent=0, separators=(",", ":"))
    fh.write("\n")
print({k: len(v) for k, v in data.items() if isinstance(v, list)})
