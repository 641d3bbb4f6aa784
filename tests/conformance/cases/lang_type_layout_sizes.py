# A class's C layout numbers: __basicsize__, __itemsize__, __dictoffset__ and __weakrefoffset__
# of a class statement's class (its base's size, a word per slot, the __dict__ and __weakref__
# where each version puts them) and of built-in types, as 64-bit CPython gives them.
class Plain:
    pass


class Child(Plain):
    pass


class Slotted:
    __slots__ = ("a", "b")


class SlottedChild(Slotted):
    __slots__ = ("c",)


class WeakOnly:
    __slots__ = ("__weakref__",)


class DictOnly:
    __slots__ = ("a", "__dict__")


class DictChild(DictOnly):
    pass


class Err(Exception):
    pass


class Items(list):
    pass


class Count(int):
    pass


class Pairs(tuple):
    pass


class Raw(bytes):
    pass


class Table(dict):
    pass


class Text(str):
    pass


class Real(float):
    pass


classes = (Plain, Child, Slotted, SlottedChild, WeakOnly, DictOnly, DictChild, Err, Items, Count, Pairs, Raw)
classes += (Table, Text, Real, object, int, bool, float, str, bytes, list, tuple, dict, set, type, Exception)
for k in classes:
    print(k.__name__, k.__basicsize__, k.__itemsize__, k.__dictoffset__, k.__weakrefoffset__)
