# object.__setattr__ and object.__delattr__ refuse a class (type's own slot must run): "can't apply
# this __setattr__ to type object", the metaclass named when there is one; the class is unchanged.
# On an instance, a module or a function they work as usual; type's own ones (a metaclass's
# super().__setattr__) set and delete a class's attributes.
import types


class Meta(type):
    pass


class C:
    x = 1


class D(metaclass=Meta):
    y = 2


calls = [
    ("setattr C", object.__setattr__, (C, "x", 5)),
    ("delattr C", object.__delattr__, (C, "x")),
    ("setattr int", object.__setattr__, (int, "z", 1)),
    ("delattr int", object.__delattr__, (int, "real")),
    ("setattr D", object.__setattr__, (D, "y", 3)),
    ("delattr D", object.__delattr__, (D, "y")),
    ("setattr Meta", object.__setattr__, (Meta, "w", 3)),
]
for label, f, args in calls:
    try:
        f(*args)
        print(label, "ok")
    except TypeError as e:
        print(label, "TypeError:", e)
print(C.x, D.y, hasattr(int, "z"), hasattr(Meta, "w"))

c = C()
object.__setattr__(c, "x", 7)
print(c.x)
object.__delattr__(c, "x")
print(c.x)
m = types.ModuleType("m")
object.__setattr__(m, "v", 1)
print(m.v)


def fn():
    pass


object.__setattr__(fn, "tag", "t")
print(fn.tag)
type.__setattr__(C, "x", 9)
print(C.x)
type.__delattr__(C, "x")
print(hasattr(C, "x"))


class Logged(type):
    def __setattr__(cls, name, value):
        print("set", name)
        super().__setattr__(name, value)

    def __delattr__(cls, name):
        print("del", name)
        super().__delattr__(name)


class E(metaclass=Logged):
    pass


E.a = 1
print(E.a)
del E.a
print(hasattr(E, "a"))
