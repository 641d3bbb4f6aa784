# functools.singledispatchmethod dispatches on the argument after self (or cls, stacked on
# classmethod); singledispatch's register takes a union annotation or class (3.11 on).
from functools import singledispatch, singledispatchmethod


class Formatter:
    @singledispatchmethod
    def show(self, arg):
        return f"object {arg!r}"

    @show.register
    def _(self, arg: int):
        return f"int {arg:+d}"

    @show.register(list)
    def _(self, arg):
        return "[" + ", ".join(self.show(x) for x in arg) + "]"

    @singledispatchmethod
    @classmethod
    def parse(cls, raw):
        return f"{cls.__name__}: cannot parse {type(raw).__name__}"

    @parse.register
    @classmethod
    def _(cls, raw: str):
        return f"{cls.__name__}: parsed {raw.strip()!r}"


class Loud(Formatter):
    pass


f = Formatter()
print(f.show(1), f.show("s"), f.show([1, "x", 2.5]), f.show(True))
print(Formatter.parse(3), Formatter.parse("  q "), Loud.parse(" z"), Loud().parse(1.5))
method = Formatter.__dict__["show"]
print(Formatter.show.__name__, sorted(t.__name__ for t in method.dispatcher.registry))
print(method.__isabstractmethod__, f.show.__wrapped__ is method.func, f.show.__doc__)
try:
    print(f.show.__isabstractmethod__)
except AttributeError as e:
    print("AttributeError:", e)
try:
    f.show()
except (TypeError, IndexError) as e:
    print(type(e).__name__, e)


@singledispatch
def kind(x):
    return "other"


@kind.register
def _(x: int | str):
    return "int or str"


@kind.register(float | complex)
def _(x):
    return "float or complex"


print(kind(1), kind("a"), kind(1.5), kind(2j), kind(None))
print(sorted(t.__name__ for t in kind.registry))
sm = staticmethod(kind)
print(sm.__name__, sm.__wrapped__ is kind)
