"""A thread runs every kind of statement and expression with calls in it (each call may block,
so a thread's body suspends at calls): slices, comprehensions, f-string format specs, lambda
defaults, walrus, unpacking, match guards, with, assert, raise from. A call in a format spec or
a lambda's default stopped the run with an internal error."""
import threading, time, math, io, contextlib, operator

def f(x=1):
    return x

class Box:
    def __init__(self):
        self.items = list(range(10))
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return False

def work(out):
    b = Box()
    r = []
    r.append(b.items[f(1):f(4):f(1)])
    r.append([x for x in range(f(3)) if f(x)])
    r.append({k: f(k) for k in range(f(2))})
    r.append({f(1), f(2)})
    r.append(f(1) if f(0) else f(2))
    r.append(f(1) and f(0) or f(5))
    r.append(f(1) < f(2) <= f(3))
    r.append((n := f(7)) + n)
    r.append(f"{f(3):>{f(4)}}|{f('x')!r}")
    r.append(-f(3) + ~f(1) * f(2) ** f(2))
    r.append(sorted([3, 1, 2], key=lambda v: -f(v)))
    r.append(max(*[f(1), f(9)], **{"default": None} if False else {}))
    r.append(dict(**{"a": f(1)}, b=f(2)))
    r.append([*map(f, [1, 2]), *(f(3),)])
    r.append(f(b).items[f(0)])
    r.append(not f(0))
    r.append(f(2) in [f(1), f(2)])
    r.append(tuple(f(x) for x in range(f(3))))
    a, *rest = [f(1), f(2), f(3)]
    r.append((a, rest))
    b.items[f(0)], b.items[f(1)] = f(100), f(200)
    r.append(b.items[:3])
    with b as bb, contextlib.suppress(KeyError):
        r.append(len(bb.items))
        {}[f("missing")]
    assert f(1), f("msg")
    try:
        raise ValueError(f("boom")) from KeyError(f("cause"))
    except ValueError as e:
        r.append((str(e), repr(e.__cause__)))
    match f({"kind": "pt", "x": 1}):
        case {"kind": "pt", "x": int(x)} if f(x) > 0:
            r.append(("pt", x))
    for i, (p, q) in enumerate(zip(range(f(2)), "ab")):
        r.append((i, p, q))
    while f(len(r)) < 30:
        r.append(None)
    global G
    G = f(42)
    r.append(print(*[f(1), f(2)], sep=f("-"), file=io.StringIO()))
    r.append(operator.itemgetter(f(1))([0, 11]))
    r.append(math.floor(f(2.5)))
    r.append(type("T", (object,), {"v": f(3)})().v)
    lam = lambda y=f(2): y * f(3)
    r.append(lam())
    async def coro():
        return 1
    c = coro(); c.close()
    def gen():
        yield f(1)
        yield from [f(2), f(3)]
    r.append(list(gen()))
    out.extend(r)

out = []
t = threading.Thread(target=work, args=(out,)); t.start(); t.join()
for x in out:
    print(x)
print(G)
