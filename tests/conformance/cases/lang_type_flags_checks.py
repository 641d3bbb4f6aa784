# What a class inherits from its metaclass `type`: __flags__ as CPython computes them for a class
# statement (heap type, managed dict and weakref, inline values from 3.13, the bits a built-in base
# passes on, abstract), a built-in type's own flags and __text_signature__, __type_params__ (3.12
# on), __doc__, and type's methods bound to the class: mro, __instancecheck__, __subclasscheck__.
import abc


class Plain:
    pass


class Child(Plain):
    pass


class Slotted:
    __slots__ = ("a", "b")


class WeakOnly:
    __slots__ = ("__weakref__",)


class DictOnly:
    __slots__ = ("a", "__dict__")


class Err(Exception):
    pass


class Items(list):
    pass


class Count(int):
    pass


class Pairs(tuple):
    pass


class Table(dict):
    pass


class Text(str):
    pass


class Meta(type):
    pass


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...


class Square(Shape):
    def area(self):
        return 4


for k in (Plain, Child, Slotted, WeakOnly, DictOnly, Err, Items, Count, Pairs, Table, Text, Meta):
    print(k.__name__, k.__flags__)
print(Shape.__flags__ & (1 << 20), Square.__flags__ & (1 << 20), Plain.__flags__ & (1 << 9))
for k in (object, int, str, list, tuple, dict, type, Exception, bool, bytes):
    print(k.__name__, k.__flags__ & ~(1 << 19), k.__text_signature__)
print(Plain.__text_signature__, Plain.__doc__, getattr(Plain, "__type_params__", "no __type_params__"))
print(Plain.__instancecheck__(Child()), Plain.__subclasscheck__(Child), Child.__subclasscheck__(Plain))
print(Plain.__instancecheck__, Plain.mro, Child.mro())
print(type.__instancecheck__(Plain, 3), type.__subclasscheck__(object, Plain))
try:
    Plain.__subclasscheck__(3)
except TypeError as e:
    print("TypeError:", e)
