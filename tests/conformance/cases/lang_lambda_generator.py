# A lambda whose body yields is a generator function, as a def with a yield is.
import inspect

gen = lambda: (yield)
print(inspect.isgeneratorfunction(gen), inspect.isgeneratorfunction(lambda: 1), type(gen()).__name__)
g = gen()
print(next(g))
try:
    g.send("sent")
except StopIteration as e:
    print("StopIteration value:", e.value)
echo = lambda *items: (yield from items)
print(list(echo(1, 2, 3)))
pairs = lambda n: (yield from ((i, i * i) for i in range(n)))
print(list(pairs(4)))
acc = lambda: (yield (yield 1) + 10)
a = acc()
print(next(a), a.send(5))
print(gen.__name__, gen.__code__.co_flags & 0x20 != 0, repr(gen())[:24])
