# A method's implicit __class__: the class whose body defined the method, whatever the
# instance's class, also in a classmethod, staticmethod and property.
class Base:
    def where(self):
        return __class__

    @classmethod
    def made_in(cls):
        return __class__.__name__, cls.__name__

    @staticmethod
    def static():
        return __class__

    @property
    def prop(self):
        return __class__.__qualname__


class Child(Base):
    def where(self):
        return __class__, super().where()


print(Base().where() is Base, Child().where())
print(Base.made_in(), Child.made_in(), Base.static() is Base, Child().prop)


def plain():
    try:
        return __class__
    except NameError as e:
        return f"NameError: {e}"


print(plain())
