# warnings.deprecated (3.13+): a deprecated coroutine function, function, class (on instantiation and on subclassing, its own __new__ taking no arguments), category=None, the names functools.wraps keeps, catch_warnings recording them, and the decorator's own TypeErrors.
import asyncio
import warnings
from warnings import deprecated

@deprecated("use fetch_v2 instead")
async def fetch(url):
    await asyncio.sleep(0.1)
    return f"body of {url}"

@deprecated("old_sum is going away", category=FutureWarning)
def old_sum(a, b):
    """Add two numbers."""
    return a + b

@deprecated("Client is replaced by Session")
class Client:
    def __init__(self, name):
        self.name = name

class Sub(Client):
    pass

@deprecated("Plain is old")
class Plain:
    pass

@deprecated("quiet", category=None)
def quiet():
    return "quiet"

async def main():
    print(await fetch("a"))
    print(await fetch("b"))
    for i in range(2):
        print(old_sum(i, 1))
    print(old_sum.__name__, old_sum.__doc__, old_sum.__deprecated__, old_sum.__wrapped__.__deprecated__)
    c = Client("x")
    print(c.name, Client.__deprecated__)
    s = Sub("y")
    print(s.name, type(s).__name__)
    print(type(Plain()).__name__)
    try:
        Plain(1)
    except TypeError as e:
        print("TypeError:", e)
    print(quiet(), quiet.__deprecated__)
    import inspect
    print(inspect.iscoroutinefunction(fetch))
    with warnings.catch_warnings(record=True) as got:
        warnings.simplefilter("always")
        old_sum(1, 2)
        Client("z")
    for w in got:
        print(w.category.__name__, w.message, w.lineno)
    try:
        deprecated(3)
    except TypeError as e:
        print("TypeError:", e)
    try:
        deprecated("x")(5)
    except TypeError as e:
        print("TypeError:", e)
    print(deprecated, repr(deprecated("m").message))

asyncio.run(main())
