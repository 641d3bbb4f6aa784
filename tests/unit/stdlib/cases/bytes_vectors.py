# run: python
# Seeded vectors: bytes and bytearray methods on generated values, against CPython 3.13.
ALPHABET = b"ab \t\n\r\x0bA1\xe9-"
state = 12345


def rand(n):
    global state
    state = (state * 1103515245 + 12345) % 2**31
    return state % n


def gen(maxlen):
    return bytes(ALPHABET[rand(len(ALPHABET))] for _ in range(rand(maxlen + 1)))


def show(f):
    try:
        return repr(f())
    except Exception as e:
        return type(e).__name__ + ": " + str(e)


for i in range(250):
    s = gen(12)
    sub = gen(2)
    a, b = rand(17) - 8, rand(17) - 8
    n = rand(5) - 1
    w = rand(16)
    t = bytearray(s) if i % 3 == 0 else s
    print(i, repr(t), repr(sub), a, b, n, w)
    print(" find", show(lambda: (t.find(sub), t.rfind(sub, a), t.find(sub, a, b), t.rfind(sub, None, b), t.count(sub, a, b))))
    print(" index", show(lambda: t.index(sub, a)), show(lambda: t.rindex(sub[:1] or b"a", b)))
    print(" starts", show(lambda: (t.startswith(sub, a, b), t.endswith((sub, b"x"), a), t.endswith(sub, None, b))))
    print(" split", show(lambda: (t.split(), t.split(None, n), t.rsplit(None, n), t.split(sub, n), t.rsplit(sub, n))))
    print(" lines", show(lambda: (t.splitlines(), t.splitlines(True))))
    print(" strip", show(lambda: (t.strip(), t.lstrip(sub), t.rstrip(sub), t.strip(b" a"))))
    print(" part", show(lambda: (t.partition(sub), t.rpartition(sub))))
    print(" repl", show(lambda: (t.replace(sub, b"<>"), t.replace(sub, b"", n), t.replace(b"a", sub))))
    print(" case", t.upper(), t.lower(), t.title(), t.capitalize(), t.swapcase())
    print(" is", t.isdigit(), t.isalpha(), t.isalnum(), t.isspace(), t.isupper(), t.islower(), t.istitle(), t.isascii())
    print(" pad", t.center(w), t.center(w, b"."), t.ljust(w, b"*"), t.rjust(w), t.zfill(w), t.expandtabs(n + 2))
    print(" misc", t.removeprefix(sub), t.removesuffix(sub), sub.join([t, t[:2]]), t.hex(), t.hex(":", n or 1), t[a:b:n or 1])
    print(" ops", t + sub, sub * n, sub in t, t < sub, t >= sub, t == bytes(t), list(t[:3]), bytes.fromhex(t.hex()) == t)
