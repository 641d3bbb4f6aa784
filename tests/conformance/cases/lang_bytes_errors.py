# What CPython says when bytes methods and operators get the wrong arguments
tests = [
    'b"a" + "b"', '"a" + b"b"', 'b"a" + 1', '1 + b"a"', 'b"a" * "x"', 'b"a" * 1.5', 'b"a" < "b"', 'b"a" < 1',
    'b"a".find("a")', 'b"a".find(256)', 'b"a".find(-1)', 'b"a".count("a")', 'b"a".index(b"z")', 'b"a".rindex(b"z")',
    'b"a".index(1.5)', 'b"a".find(b"a", "x")', 'b"a".startswith("a")', 'b"a".startswith(["a"])', 'b"a".endswith(("a",))',
    'b"a".startswith((b"a", "a"))', 'b"a".split("a")', 'b"a".split(b"")', 'b"a".rsplit(b"")', 'b"a".split(1)',
    'b"a".strip("a")', 'b"a".lstrip(1)', 'b"a".join(["a"])', 'b"a".join([b"x", 1])', 'b"a".join(5)',
    'b"a".replace("a", b"b")', 'b"a".replace(b"a", "b")', 'b"a".partition("a")', 'b"a".partition(b"")',
    'b"a".rpartition(b"")', 'b"a".removeprefix("a")', 'b"a".removesuffix(1)', 'b"a".center(5, "*")',
    'b"a".center(5, b"**")', 'b"a".ljust("5")', 'b"a".zfill(1.0)', 'b"a".expandtabs("x")', 'bytes.fromhex("abc")',
    'bytes.fromhex("zz")', 'bytes.fromhex(b"ab")', 'bytes.fromhex("a b")', 'bytes.fromhex("ab c")', 'b"a".hex("::")', 'b"a".hex(1)',
    'b"a".hex("\xe9")', 'bytes(-1)', 'bytes("x")', 'bytes([256])', 'bytes([-1])', 'bytes(["a"])', 'bytes(1.5)', 'bytes(b"x", "utf-8")',
    'b"a"[5]', 'b"a".decode("nope")', 'b"\\xff".decode()',
    'hash(bytearray(b"a"))', 'b"a".upper(1)', 'b"a".splitlines(1, 2)', 'b"a".split(maxsplit="x")',
    'bytearray(b"a").find("a")', 'bytearray(b"a") + "b"', 'b"a".count(b"a", 0, "x")', 'b"a".decode(1)',
]
for t in tests:
    try:
        print(t, "->", repr(eval(t)))
    except Exception as e:
        print(t, "!!", type(e).__name__, e)
