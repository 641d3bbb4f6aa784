# Binding functions and other callables to one object with types.MethodType (monkey-patching a
# single instance, plugin hooks), as learners do after reading about methods.
import types


class Robot:
    def __init__(self, name):
        self.name = name

    def greet(self):
        return f"{self.name}: beep"


def polite_greet(self, who="friend"):
    return f"{self.name}: hello, {who}"


r1, r2 = Robot("R1"), Robot("R2")
r1.greet = types.MethodType(polite_greet, r1)
print(r1.greet(), "|", r1.greet("Kim"), "|", r2.greet())
m = r1.greet
print(type(m).__name__, m.__self__ is r1, m.__func__ is polite_greet, m == types.MethodType(polite_greet, r1))
print(m.__name__, m.__qualname__, isinstance(m, types.MethodType))


class Counter:
    def __init__(self):
        self.calls = []

    def __call__(self, owner, *args):
        self.calls.append((owner.name, args))
        return len(self.calls)


hook = Counter()
r2.on_event = types.MethodType(hook, r2)
print(r2.on_event("start"), r2.on_event("stop", 2), hook.calls)

plugins = {"shout": lambda self, s: f"{self.name} shouts {s.upper()}", "count": lambda self: len(self.name)}
for name, fn in plugins.items():
    setattr(r1, name, types.MethodType(fn, r1))
print(r1.shout("hi"), r1.count())
del r1.greet
print(r1.greet())

for bad_args in [(42, r1), (polite_greet, None), (polite_greet,)]:
    try:
        types.MethodType(*bad_args)
    except TypeError as e:
        print("TypeError:", e)
try:
    types.MethodType(polite_greet, r1, extra=1)
except TypeError as e:
    print("TypeError:", e)
