# A generator suspended inside `yield from` holds the generator it delegates to. When the outer
# one is freed (deleted, rebound, its caller's frame ending, or at interpreter shutdown) the inner
# one goes with it and is closed: its finally blocks and `except GeneratorExit` run then, as in
# CPython, even when the outer generator has no try block of its own. Chains of delegation and a
# delegation to an iterator over a generator are followed too.


def worker(tag):
    try:
        while True:
            got = yield
            print(f"{tag} got {got}")
    except GeneratorExit:
        print(f"{tag} closing")
        raise
    finally:
        print(f"{tag} cleanup")


def relay(tag):
    result = yield from worker(tag)
    print("never", result)


def relay2(tag):
    yield from relay(tag)


def start(gen):
    next(gen)
    gen.send(1)
    return gen


w = start(relay("deleted"))
del w
print("-- after del")
w = start(relay("rebound"))
w = None
print("-- after rebind")


def local_only():
    g = start(relay2("local"))
    print("leaving function")


local_only()
print("-- after function")
start(relay("temporary"))
print("-- after expression statement")


def through_iterator():
    yield from iter(worker("iter"))


t = through_iterator()
next(t)
del t
print("-- after iterator")
kept = start(relay2("shutdown"))
print("-- end of module")
