# A subclass of list or tuple that overrides item access and calls super() for the real work:
# list.__setitem__/__getitem__/__delitem__ do the built-in job, they do not look for the
# subclass's override again. len() and bool() of such an instance ask the class's own __len__
# (and __bool__), as CPython's slots do; a subclass without them keeps the built-in length.


class Audited(list):
    def __init__(self, *a):
        super().__init__(*a)
        self.ops = []

    def __setitem__(self, i, v):
        self.ops.append(("set", i))
        super().__setitem__(i, v)

    def __getitem__(self, i):
        r = super().__getitem__(i)
        return Audited(r) if isinstance(i, slice) else r

    def __delitem__(self, i):
        self.ops.append(("del", i))
        super().__delitem__(i)


a = Audited([1, 2, 3, 4, 5])
a[0] = 10
a[1:3] = ["x"]
del a[-1]
del a[::2]
print(a, a.ops, a[0], type(a[0:1]).__name__, a[0:1])
for bad in [lambda: a.__setitem__("k", 1), lambda: a.__getitem__(1.5), lambda: Audited().__delitem__(3)]:
    try:
        bad()
    except (TypeError, IndexError) as e:
        print(type(e).__name__, e)


class Window(tuple):
    def __getitem__(self, i):
        return super().__getitem__(i % len(self)) if isinstance(i, int) else super().__getitem__(i)


w = Window((1, 2, 3))
print(w[4], w[-7], w[1:], type(w[1:]).__name__)
try:
    w["a"]
except TypeError as e:
    print("TypeError:", e)


class Padded(list):
    def __len__(self):
        return super().__len__() + 100


class Never(dict):
    def __bool__(self):
        return False


class Sized(set):
    def __len__(self):
        return 0


class Plain(list):
    pass


p = Padded([1, 2])
print(len(p), bool(Padded()), list(p), len(Never(a=1)), bool(Never(a=1)), bool(Sized({1})), len(Plain([1])), bool(Plain()))
