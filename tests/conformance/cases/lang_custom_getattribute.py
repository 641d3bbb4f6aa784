# A class's own __getattribute__ sees every attribute read of its instances (plain reads,
# getattr(), method calls); when it raises AttributeError the class's __getattr__ gets the name.
# object.__getattribute__ itself never falls back to __getattr__.


class Lazy:
    def __getattribute__(self, name):
        if name.startswith("calc_"):
            return len(name)
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return f"fallback:{name}"

    def hello(self):
        return "hello"


class Logged:
    def __init__(self):
        self.x = 1

    def __getattribute__(self, name):
        print("  read", name)
        return super().__getattribute__(name)

    def double(self):
        return self.x * 2


lz = Lazy()
print(lz.calc_abc, getattr(lz, "calc_x"), lz.other, lz.hello(), hasattr(lz, "calc_"))
try:
    object.__getattribute__(lz, "missing")
except AttributeError as e:
    print("AttributeError:", e)

g = Logged()
print(g.x)
print(g.double())
for _ in range(2):
    print(g.x)
print(getattr(g, "nope", "default"))


class Strict:
    def __getattribute__(self, name):
        raise AttributeError(f"no reading {name!r}")


try:
    Strict().anything
except AttributeError as e:
    print("AttributeError:", e)
