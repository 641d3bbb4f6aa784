import asyncio

class Animal:
    count = 0

    def __init__(self, name):
        self.name = name
        Animal.count += 1

    def speak(self):
        return "..."

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"

    def __str__(self):
        return f"{self.name} says {self.speak()}"

class Dog(Animal):
    def speak(self):
        return "woof"

class Puppy(Dog):
    def speak(self):
        return super().speak() + "ish"

    @property
    def age_group(self):
        return "young"

    @staticmethod
    def kind():
        return "canine"

    @classmethod
    def make(cls, name):
        return cls(name)

async def main():
    animals = [Animal("generic"), Dog("rex"), Puppy.make("bit")]
    for a in animals:
        print(a, repr(a))
    print(animals, Animal.count)
    print(animals[2].age_group, Puppy.kind(), isinstance(animals[2], Dog), Puppy.__mro__[1].__name__)

asyncio.run(main())
