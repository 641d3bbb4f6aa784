# weakref.proxy: its type (ProxyType, CallableProxyType for a callable object), operations
# forwarded to its object (attributes, calls, len, operators and their reflected forms, in-place
# operators, items, iteration, comparisons, str, bool, isinstance through __class__), one shared
# proxy per object without a callback, unhashable, and once the object died: the callback gets
# the proxy and every operation raises ReferenceError.
import weakref


class Box:
    def __init__(self, v):
        self.v = v
        self.items = [1, 2, 3]

    def double(self):
        return self.v * 2

    def __len__(self):
        return len(self.items)

    def __add__(self, other):
        return self.v + other

    def __radd__(self, other):
        return other + self.v

    def __iadd__(self, other):
        self.v += other
        return self

    def __getitem__(self, i):
        return self.items[i]

    def __iter__(self):
        return iter(self.items)

    def __lt__(self, other):
        return self.v < other

    def __str__(self):
        return f"Box({self.v})"


class Call:
    def __call__(self, x):
        return x * 10


dead = []
b = Box(3)
p = weakref.proxy(b, lambda r: dead.append(type(r).__name__))
print(type(p), type(p).__name__, type(p).__module__)
print(weakref.ProxyType, weakref.CallableProxyType, weakref.ProxyTypes)
print(p.v, p.double(), len(p), p + 1, 1 + p, p[1], list(p), 2 in p, p < 5, p == b, p != b, p == Box(3))
print(str(p), bool(p), isinstance(p, Box), p.__class__.__name__, callable(p))
p.label = "x"
print(b.label)
del p.label
print(hasattr(b, "label"))
q = p
q += 4
print(q is p, q is b, b.v)
del q
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)
plain1 = weakref.proxy(b)
plain2 = weakref.proxy(b)
print(plain1 is plain2, plain1 is p, weakref.getweakrefcount(b))
c = Call()
cp = weakref.proxy(c)
print(type(cp).__name__, cp(4), callable(cp))
del b
print(dead)
for action in (lambda: p.v, lambda: len(p), lambda: p + 1, lambda: str(p)):
    try:
        action()
    except ReferenceError as e:
        print("ReferenceError:", e)
try:
    weakref.proxy(5)
except TypeError as e:
    print("TypeError:", e)
