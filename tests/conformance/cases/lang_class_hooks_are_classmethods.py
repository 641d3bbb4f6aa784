# A class body's plain __init_subclass__ and __class_getitem__ become class methods (type.__new__
# does this): bound to the class when read, with __self__, and so in the class's __dict__.


class Base:
    def __init_subclass__(cls, /, tag="none", **kwargs):
        super().__init_subclass__(**kwargs)
        cls.tag = tag

    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"


class Child(Base, tag="child"):
    pass


print(Base[int], Child["x"], Child.tag)
print(type(Base.__dict__["__init_subclass__"]).__name__, type(Base.__dict__["__class_getitem__"]).__name__)
print(Base.__class_getitem__.__self__ is Base, Child.__class_getitem__.__self__ is Child)
print(Base.__init_subclass__.__self__ is Base, Base.__init_subclass__.__func__.__name__)
print(Child.__class_getitem__(3))


class Explicit:
    @classmethod
    def __class_getitem__(cls, item):
        return (cls.__name__, item)


print(Explicit[1, 2], type(Explicit.__dict__["__class_getitem__"]).__name__)
