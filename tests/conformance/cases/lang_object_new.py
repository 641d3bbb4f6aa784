# object.__new__ refuses extra arguments unless the class overrides only __init__ (the classic
# `return super().__new__(cls, *args)` mistake is a TypeError in CPython, not silently accepted).
class Forwards:
    def __new__(cls, *args):
        return super().__new__(cls, *args)

    def __init__(self, v):
        self.v = v


class InitOnly:
    def __init__(self, v):
        self.v = v


class Plain:
    pass


class Counted:
    made = 0

    def __new__(cls, *args, **kwargs):
        cls.made += 1
        return super().__new__(cls)

    def __init__(self, v, w=0):
        self.v = v + w


for attempt in (
    lambda: Forwards(1).v,
    lambda: type(object.__new__(InitOnly, 1)).__name__,
    lambda: object.__new__(Plain, 1),
    lambda: object.__new__(Forwards, x=1),
    lambda: Counted(1, w=2).v,
    lambda: Counted.made,
    lambda: type(object.__new__(Plain)).__name__,
):
    try:
        print(attempt())
    except TypeError as e:
        print("TypeError", e)
