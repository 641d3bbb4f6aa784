# type.__prepare__(name, bases, **kw) returns a fresh empty dict whatever it is given; a
# metaclass's own __prepare__ commonly starts from it through super() and adds names the class
# body can use. A metaclass without its own __prepare__ answers with type's.


class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        ns = super().__prepare__(name, bases, **kw)
        print("prepare", name, [b.__name__ for b in bases], kw, ns)
        ns["tag"] = name.lower()
        ns["registry"] = []
        return ns

    def __new__(mcs, name, bases, ns, **kw):
        print("new", name, sorted(k for k in ns if not k.startswith("__")))
        return super().__new__(mcs, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)


class Model(metaclass=Meta, table="models"):
    label = tag.upper()
    registry.append(label)


class Child(Model):
    pass


print(Model.label, Model.tag, Model.registry, Child.tag, Child.registry)
print(type.__prepare__("X", ()), type.__prepare__("X", (int,), a=1, b=2), type(type.__prepare__()).__name__)
print(type.__prepare__() is type.__prepare__(), Meta.__prepare__("Q", ()))


class Plain(type):
    pass


print(Plain.__prepare__("n", (object,)), isinstance(Plain.__prepare__("m", ()), dict))


class Uses(metaclass=Plain):
    y = 1


print(Uses.y, type(Uses).__name__)
