# property, staticmethod and classmethod report __isabstractmethod__ from the functions they wrap
# (a property is abstract when its getter, setter or deleter is), so abc counts an abstract setter
# or static method; staticmethod and classmethod also show __func__, __wrapped__ and __name__.
import math
from abc import ABC, abstractmethod


def plain(self):
    return 1


abstract = abstractmethod(lambda self: 2)
print(property(plain).__isabstractmethod__, property(abstract).__isabstractmethod__)
print(property(plain, abstract).__isabstractmethod__, property(None, None, abstract).__isabstractmethod__)
print(staticmethod(abstract).__isabstractmethod__, classmethod(abstract).__isabstractmethod__)
print(staticmethod(plain).__isabstractmethod__)
sm, cm = staticmethod(plain), classmethod(plain)
print(sm.__func__ is plain, sm.__wrapped__ is plain, cm.__func__ is plain, sm.__name__, cm.__qualname__)


class Shape(ABC):
    @property
    @abstractmethod
    def area(self): ...

    @property
    def name(self):
        return type(self).__name__

    @name.setter
    @abstractmethod
    def name(self, value): ...

    @staticmethod
    @abstractmethod
    def unit(): ...


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    @property
    def area(self):
        return math.pi * self.r**2

    @staticmethod
    def unit():
        return "cm"


print(sorted(Shape.__abstractmethods__), sorted(Circle.__abstractmethods__))
print(Shape.area.__isabstractmethod__, Shape.__dict__["unit"].__isabstractmethod__)
try:
    Circle(1)
except TypeError as e:
    print(e)


class Named(Circle):
    @Circle.name.setter
    def name(self, value):
        self._name = value


n = Named(2)
print(n.name, f"{n.area:.2f}", n.unit(), Named.__abstractmethods__)
