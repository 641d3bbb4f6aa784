# Metaclass hooks of a class statement and of class attribute lookup: __prepare__ runs before the body (with the statement's keywords) and its dict is the namespace __new__ receives, items first; a metaclass's __getattr__ answers names the class lacks (hasattr, getattr with a default); type's mro() and a metaclass's methods are reachable from the class, not its instances.
class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("prepare", name, [b.__name__ for b in bases], kw)
        return {"registry": [], "kind": kw.get("kind", "plain")}

    def __new__(mcs, name, bases, ns, **kw):
        print("new", name, [k for k in ns if not k.startswith("__")], type(ns).__name__)
        mcs.last_ns = ns
        return super().__new__(mcs, name, bases, dict(ns))

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)

    def __getattr__(cls, name):
        if name.startswith("get_"):
            return lambda: f"{cls.__name__}.{name[4:]}"
        raise AttributeError(f"{cls.__name__} has no {name}")

    def __len__(cls):
        return len(cls.registry)

    def __iter__(cls):
        return iter(cls.registry)

    def describe(cls):
        return f"<{cls.__name__} kind={cls.kind}>"


class Base(metaclass=Meta, kind="base"):
    print("body sees", registry, kind)
    registry.append("a")
    x = 1


class Child(Base):
    registry.append("b")
    del kind


print(Meta.last_ns["registry"] is Child.registry, Base.registry, Child.registry, len(Child), list(Base))
print(Base.get_user(), hasattr(Base, "nope"), getattr(Base, "nope", "default"), Base.describe(), Child.kind)
try:
    Base.nope
except AttributeError as e:
    print("AttributeError:", e)
try:
    Base().describe()
except AttributeError as e:
    print("AttributeError:", e)
print(Child.mro() == list(Child.__mro__), [c.__name__ for c in Child.mro()], type(Child.mro()).__name__)
print(int.mro(), bool.mro())


class Bad(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return 42


try:
    class X(metaclass=Bad):
        pass
except TypeError as e:
    print("TypeError:", e)
