import asyncio


class Name(str):
    """A str subclass with its own method and attribute."""

    def shout(self):
        return self.upper() + "!"


class Tag(str):
    def __new__(cls, value, weight=1):
        obj = super().__new__(cls, value.lower())
        obj.weight = weight
        return obj

    def __repr__(self):
        return f"Tag({str.__repr__(self)}, {self.weight})"


class Count(int):
    def __add__(self, other):
        return Count(int(self) + int(other))


class Meters(float):
    def __str__(self):
        return f"{float(self)} m"


class Bag(list):
    def total(self):
        return sum(self)


class Registry(dict):
    def __missing__(self, key):
        return f"<{key}>"


class Pair(tuple):
    @property
    def first(self):
        return self[0]


class Level(int):
    pass


async def worker(name, delay):
    await asyncio.sleep(delay)
    return Name(name)


async def main():
    n = Name("ada")
    print(n, repr(n), type(n).__name__, isinstance(n, str), n.shout(), len(n), n[0], n[1:])
    print(type(n + "x").__name__, n + "x", "x" + n, n * 2, n == "ada", "ada" == n, n != "bob")
    print({n: 1}["ada"], {"ada": 2}[n], n in {"ada"}, hash(n) == hash("ada"), "d" in n, n < "b")
    print(f"{n}|{n!r}|{n:>5}|", str(n), type(str(n)).__name__, n.split("d"), "-".join([n, n]))
    print(sorted([Name("b"), Name("a"), "c"]), bool(Name("")), n.startswith("a"), list(n))
    t = Tag("Hello", 3)
    print(t, repr(t), t.weight, t.upper(), t == "hello", [t])
    c = Count(2)
    print(c, repr(c), type(c + 1).__name__, c + 1, type(1 + c).__name__, 1 + c, c * 3, type(c * 3).__name__)
    print(-c, abs(Count(-4)), c // 2, c ** 3, c << 2, int(c), float(c), range(c), [0, 1, 2][c], c.bit_length())
    lv = Level(7)
    lv.note = "seven"
    print(lv, lv.note, lv > 3, lv == 7, max(lv, 3), hex(lv), f"{lv:03d}", bool(Level(0)), divmod(lv, 2))
    m = Meters(2.5)
    print(m, repr(m), m * 2, type(m * 2).__name__, m.is_integer(), round(m), f"{m:.2f}", int(m))
    b = Bag([1, 2])
    b.append(3)
    print(b, b.total(), type(b).__name__, type(b + [4]).__name__, isinstance(b, list), len(b), b[1:])
    r = Registry(a=1)
    r["b"] = 2
    print(r, r["a"], r["zz"], type(r).__name__, r.get("zz"), sorted(r), isinstance(r, dict))
    p = Pair((4, 5))
    print(p, p.first, type(p).__name__, type(p + (6,)).__name__, p == (4, 5), hash(p) == hash((4, 5)))
    names = await asyncio.gather(worker("x", 0.2), worker("y", 0.1))
    print(names, [type(x).__name__ for x in names], [x.shout() for x in names])


asyncio.run(main())
