def averager():
    total = 0.0
    count = 0
    avg = None
    while True:
        try:
            value = yield avg
        except ValueError:
            print("reset requested")
            total, count, avg = 0.0, 0, None
            continue
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return (count, avg)


def delegator(results):
    while True:
        r = yield from averager()
        results.append(r)


results = []
d = delegator(results)
next(d)
for v in [10, 20, 30, None, 5, None]:
    print(v, "->", d.send(v))
print(results)
a = averager()
next(a)
print(a.send(4), a.send(8))
print(a.throw(ValueError), a.send(1))
try:
    a.send(None)
except StopIteration as e:
    print("StopIteration value", e.value)


def grep(pattern, target):
    while True:
        line = yield
        if pattern in line:
            target.send(line)


def printer(prefix):
    try:
        while True:
            line = yield
            print(prefix, line)
    except GeneratorExit:
        print(prefix, "closed")


p = printer(">>")
next(p)
g = grep("err", p)
next(g)
for line in ["ok start", "err disk", "fine", "err net"]:
    g.send(line)
g.close()
p.close()


def countdown(n):
    while n:
        received = yield n
        n = received if received is not None else n - 1


cd = countdown(5)
print([next(cd), cd.send(2), next(cd)])
print(list(countdown(3)))
gen = (x * x for x in range(3))
print(next(gen), list(gen), list(gen))


def inner():
    x = yield 1
    print("inner got", x)
    return "inner done"


def outer():
    r = yield from inner()
    print("outer got", r)
    yield 2


o = outer()
print(next(o), o.send("hi"))
import inspect
print(inspect.getgeneratorstate(o), inspect.isgenerator(o))
o.close()
print(inspect.getgeneratorstate(o))
