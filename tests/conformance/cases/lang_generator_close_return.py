# close() on a generator that catches GeneratorExit: returning ends it quietly (3.13+: close()
# gives back the returned value), yielding again is a RuntimeError.
def reader(log):
    try:
        while True:
            line = yield
            log.append(line)
    except GeneratorExit:
        print("reader closing after", len(log), "lines")


log = []
r = reader(log)
next(r)
r.send("a")
r.send("b")
print("close ->", r.close())
print("again ->", r.close())


def summary():
    total = 0
    try:
        while True:
            total += yield
    except GeneratorExit:
        return total


s = summary()
next(s)
for v in (3, 4, 5):
    s.send(v)
print("close returns", s.close())
print("unstarted close", summary().close())


def stubborn():
    while True:
        try:
            yield "still here"
        except GeneratorExit:
            print("ignoring GeneratorExit")


g = stubborn()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)


def cleanup():
    try:
        yield 1
    finally:
        print("finally runs on close")


c = cleanup()
next(c)
print(c.close())


def raises_other():
    try:
        yield
    except GeneratorExit:
        raise ValueError("during close")


x = raises_other()
next(x)
try:
    x.close()
except ValueError as e:
    print("ValueError:", e)
