fs = [lambda: i for i in range(3)]
print([f() for f in fs], [(lambda i=i: i)() for i in range(3)])
x = 10
def g():
    global x
    x += 1
    return x
print(g(), g(), x)
a = [1, 2, 3, 4, 5, 6]
print(a[1:-1:2], a[::-1], a[-2:], a[10:], a[:-10])
a[1:3] = ["x"]
print(a, len(a))
del a[::2]
print(a)
t = (1,)
print(t, (), tuple("ab"), 3 * (1, 2), (1, 2) + (3,))
s = "héllo wörld"
print(s.upper(), s.title(), s.encode("utf-8")[:8], len(s), s[::-1], s.find("ö"), s.count("l"))
print("{:>10}|{:<6}|{:^7}|{:+d}|{:,}|{:_b}|{:.3e}|{:g}|{:%}".format("r", "l", "c", 5, 1234567, 255, 12345.678, 0.00001234, 0.5))
print(f"{'x'*3}", f"{3!r:>5}", f"{0.1+0.2}", f"{1e20}", f"{1e-5}", f"{123456789.0}", f"{2/3:.4}", f"{-0.0}", f"{float('inf')}")
print(10 / 4, 10 // 4, -10 // 4, 10 % -4, 2 ** -1, 7 ** 0.5, abs(-7.5), int(-7.9), round(-2.5), round(1.25, 1))
print(int("0x1f", 16), int("101", 2), hex(255), oct(8), bin(10), chr(9731), ord("€"), 10**20 // 3, (-7) ** 3)
print(sorted(["banana", "Apple", "cherry"]), sorted(["banana", "Apple", "cherry"], key=str.lower), max("abc", "b", key=len))
d = {"b": 2, "a": 1}
d.update(c=3)
print(d, list(d.items()), d.pop("a"), d.setdefault("z", 0), d, {**d, "b": 9}, dict(zip("xy", (1, 2))))
print(1 < 2 < 3, 1 < 3 < 2, "a" * 0, [] or "empty", 0 and 5, None is None, 1 == 1.0, 1 is not None)
try:
    [].pop()
except IndexError as e:
    print(type(e).__name__, e)
try:
    "abc" + 5
except TypeError as e:
    print(e)
try:
    undefined_name
except NameError as e:
    print(e)
try:
    None.attr
except AttributeError as e:
    print(e)
try:
    int("3.5")
except ValueError as e:
    print(e)
try:
    {}.items()[0]
except TypeError as e:
    print(e)
