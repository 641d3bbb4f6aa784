class Vec:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __eq__(self, o):
        return (self.x, self.y) == (o.x, o.y)
    def __len__(self):
        return 2
    def __iter__(self):
        yield self.x
        yield self.y
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
    def __str__(self):
        return f"<{self.x}, {self.y}>"
    def __bool__(self):
        return bool(self.x or self.y)

class Animal:
    sound = "..."
    count = 0
    def __init__(self, name):
        self.name = name
        Animal.count += 1
    def speak(self):
        return f"{self.name} says {self.sound}"
class Dog(Animal):
    sound = "woof"
    def speak(self):
        return super().speak().upper()
class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age

v = Vec(1, 2) + Vec(3, 4)
print(v, repr(v), [v], 2 * v, v * 3, v == Vec(4, 6), len(v), list(v), bool(Vec(0, 0)), f"{v}", f"{v!r}")
x, y = v
print(x, y, str([Vec(0, 1)]), {"k": v})
p = Puppy("Rex", 1)
print(p.speak(), Animal.count, isinstance(p, Animal), issubclass(Puppy, Dog), type(p).__name__, Puppy.__mro__[1].__name__, p.sound)
print(hasattr(p, "age"), getattr(p, "nope", "default"), vars(p))
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        self._c = v
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temp()
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.fahrenheit = 3
except AttributeError as e:
    print("AttributeError:", e)
