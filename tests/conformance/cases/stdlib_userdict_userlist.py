# collections.UserDict and UserList as programs subclass them: a case-insensitive registry (__setitem__/__getitem__ hooks, __missing__ and get), merging with |, copy of a subclass, fromkeys; a history list whose slices, sums and products keep its class, comparisons with lists, sort and the MutableSequence mixins (reverse iteration, +=, pop, remove errors).
import copy
from collections import UserDict, UserList
from collections.abc import MutableMapping, MutableSequence


class Registry(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

    def __getitem__(self, key):
        return super().__getitem__(key.lower())

    def __contains__(self, key):
        return key.lower() in self.data


class Defaults(UserDict):
    def __missing__(self, key):
        return f"<{key}?>"


r = Registry(Alpha=1)
r["BETA"] = 2
r.update({"Gamma": 3}, Delta=4)
print(r, r["ALPHA"], "beta" in r, "BETA" in r, len(r), list(r), r.get("gamma"), r.get("zeta", 0))
print(isinstance(r, MutableMapping), isinstance(r, dict), r == {"alpha": 1, "beta": 2, "gamma": 3, "delta": 4})
print(r | {"eps": 5}, type(r | {"x": 1}).__name__, {"z": 0} | r, type({"z": 0} | r).__name__)
r |= {"Omega": 9}
print(r.pop("omega"), r.setdefault("new", 7), sorted(r.items()), r.keys())
c = r.copy()
c["extra"] = 1
print(type(c).__name__, "extra" in r, c == r, copy.copy(r) == r, copy.deepcopy(r).data)
d = Defaults(a=1)
print(d["a"], d["b"], d.get("b", "dflt"), "b" in d, Defaults.fromkeys("xy", 0), repr(UserDict()))
try:
    UserDict()["nope"]
except KeyError as e:
    print("KeyError", e)
del r["alpha"]
print(r.data, r.popitem(), len(r))


class History(UserList):
    def append(self, item):
        super().append((len(self), item))


h = History()
h.append("a")
h.append("b")
h.extend(["c"])
h += ["d"]
print(h, h[0], h[-1], h[1:3], type(h[1:3]).__name__, len(h))
print(h + [1], type(h + [1]).__name__, [0] + h, type([0] + h).__name__, type(h * 2).__name__)
u = UserList([3, 1, 2])
u.sort()
u.insert(0, 9)
print(u, u < [9, 2], u == [9, 1, 2, 3], u > UserList([1]), 2 in u, u.index(2), u.count(1), list(reversed(u)))
print(u.pop(), u.pop(0), u, u.copy(), type(u.copy()).__name__, isinstance(u, MutableSequence), isinstance(u, list))
try:
    u.remove(42)
except ValueError as e:
    print("ValueError", e)
u *= 2
u[0] = "x"
del u[-1]
print(u, 3 * UserList("ab"), UserList(range(3)), UserList(UserList([1])), repr(UserList()))
