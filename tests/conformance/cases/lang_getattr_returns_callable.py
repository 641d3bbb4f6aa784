# A __getattr__ that runs method calls of its own before it returns a callable (a logging proxy, a lazy RPC stub): the call made with what it returned gets exactly the call's arguments, no self, whether the callable is a lambda, a closure or a bound method of another object.
import asyncio


class Recorder:
    def __init__(self, target):
        self._target = target
        self.calls = []

    def __getattr__(self, name):
        attr = getattr(self._target, name)
        if not callable(attr):
            return attr
        label = name.upper().strip("_")

        def wrapper(*args, **kwargs):
            self.calls.append((label, args))
            return attr(*args, **kwargs)

        return wrapper


class Stub:
    def __getattr__(self, name):
        if name.startswith("rpc_"):
            method = name.removeprefix("rpc_").replace("_", ".")
            return lambda *a: f"{method}{a}"
        raise AttributeError(name)


class Service:
    async def fetch(self, key):
        await asyncio.sleep(0.1)
        return key * 2


async def main():
    r = Recorder([3, 1, 2])
    r.append(0)
    r.sort()
    print(r._target, r.index(2), r.count(9), r.calls)
    s = Stub()
    print(s.rpc_user_get(7), s.rpc_ping(), hasattr(s, "other"))
    svc = Recorder(Service())
    print(await svc.fetch("ab"), await asyncio.gather(svc.fetch(1), svc.fetch(2)), svc.calls)
    d = Recorder({"a": 1})
    print(d.get("a"), d.keys(), sorted(d.items()), d.calls)


asyncio.run(main())
