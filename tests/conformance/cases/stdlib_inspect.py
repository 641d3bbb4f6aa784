import asyncio
import functools
import inspect


def retry(times):
    def decorate(fn):
        @functools.wraps(fn)
        async def wrapper(*args, **kwargs):
            for attempt in range(times):
                try:
                    return await fn(*args, **kwargs)
                except ValueError as exc:
                    print(f"attempt {attempt + 1} failed: {exc}")
                    await asyncio.sleep(0.1 * 2 ** attempt)
            raise RuntimeError("gave up")
        return wrapper
    return decorate


calls = 0


@retry(3)
async def fetch(url: str, *, timeout: float = 1.5, retries: int | None = None) -> bytes:
    """Fetch a page.

    Fails twice first.
    """
    global calls
    calls += 1
    if calls < 3:
        raise ValueError(f"boom {calls}")
    return url.encode()


def plain(a, b=2, /, c=3, *rest, d, e=5, **extra):
    pass


def numbers():
    yield 1


async def stream():
    yield 1


class Client:
    """A client."""

    def __init__(self, host: str, port: int = 80):
        self.host = host

    async def get(self, path):
        return path

    def close(self):
        pass


def dispatch(handler, *args):
    # What frameworks do: await coroutine functions, call the others.
    if inspect.iscoroutinefunction(handler):
        return "await", handler.__name__
    return "call", handler.__name__


async def main():
    client = Client("example.org")
    kinds = [inspect.iscoroutinefunction(f) for f in
             (fetch, fetch.__wrapped__, client.get, Client.get, functools.partial(client.get, "/"),
              plain, numbers, lambda: None, print)]
    print(kinds)
    print([inspect.isgeneratorfunction(numbers), inspect.isasyncgenfunction(stream),
           inspect.isfunction(plain), inspect.ismethod(client.close), inspect.isclass(Client),
           inspect.isbuiltin(len), inspect.isroutine(client.get), inspect.ismodule(asyncio)])
    coro = fetch("http://a")
    print(inspect.iscoroutine(coro), inspect.isawaitable(coro), inspect.isawaitable(plain))
    print(await coro, inspect.isawaitable(asyncio.ensure_future(asyncio.sleep(0))))
    print(dispatch(fetch), dispatch(plain))
    for f in (fetch, plain, Client, client.get, Client.get, lambda x, *, y=[1]: x):
        print(inspect.signature(f))
    sig = inspect.signature(fetch)
    for name, param in sig.parameters.items():
        print(name, param.kind, param.kind.description, param.default, param.annotation)
    print(sig.return_annotation, sig.parameters["url"].empty is inspect.Parameter.empty)
    bound = inspect.signature(plain).bind(1, 10, 20, 30, d=4, z=9)
    print(bound.arguments, bound.args, bound.kwargs)
    partial = inspect.signature(Client).bind_partial("h")
    partial.apply_defaults()
    print(partial.arguments, repr(inspect.signature(plain).parameters["d"]))
    for bad in ((), (1, 2, 3, 4, 5, 6), ("x",)):
        try:
            inspect.signature(Client.get).bind(*bad)
        except TypeError as exc:
            print("TypeError:", exc)
    print(inspect.getdoc(fetch))
    print(inspect.cleandoc("  first\n      indented\n    less\n"))
    print(inspect.unwrap(fetch) is fetch.__wrapped__, inspect.getdoc(Client.get))
    print(inspect.getmro(Client), inspect.isabstract(Client))


asyncio.run(main())
