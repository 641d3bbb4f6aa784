# When __new__ returns an instance of a subclass, that subclass's __init__ runs (type(obj).__init__);
# an object of an unrelated class gets no __init__ at all.
class Shape:
    def __new__(cls, *sides):
        if cls is Shape:
            cls = {3: Triangle, 4: Quad}.get(len(sides), Shape)
        return super().__new__(cls)

    def __init__(self, *sides):
        print("Shape.__init__", sides)
        self.sides = sides


class Triangle(Shape):
    def __init__(self, *sides):
        print("Triangle.__init__", sides)
        super().__init__(*sides)


class Quad(Shape):
    pass


for sides in [(3, 4, 5), (1, 1, 1, 1), (2, 2)]:
    s = Shape(*sides)
    print(type(s).__name__, s.sides)


class Other:
    def __init__(self):
        print("Other.__init__ (not run)")


class Factory:
    def __new__(cls, kind):
        return object.__new__(Other) if kind == "other" else super().__new__(cls)

    def __init__(self, kind):
        print("Factory.__init__", kind)


print(type(Factory("self")).__name__, type(Factory("other")).__name__)


class Base:
    def __new__(cls):
        return super().__new__(Child)


class Child(Base):
    def __init__(self):
        print("Child.__init__ runs")
        self.ready = True


print(Base().ready)
