import asyncio
import copy
import sys
import types


async def worker(cfg, results):
    for attempt in range(cfg.retries):
        await asyncio.sleep(cfg.delay)
        results.append(types.SimpleNamespace(worker=cfg.name, attempt=attempt))


async def main():
    configs = [types.SimpleNamespace(name=f"w{i}", retries=2, delay=0.1 * (i + 1)) for i in range(2)]
    results = []
    await asyncio.gather(*(worker(cfg, results) for cfg in configs))
    for r in results:
        print(r)
    cfg = configs[0]
    print(cfg == types.SimpleNamespace(name="w0", retries=2, delay=0.1), cfg != configs[1], vars(cfg))
    cfg.owner = cfg
    print(cfg)
    del cfg.owner
    print(copy.copy(cfg), copy.deepcopy(cfg), types.SimpleNamespace())
    for make in (lambda: types.SimpleNamespace({"from": "mapping"}, extra=1),
                 lambda: types.SimpleNamespace(1, 2),
                 lambda: types.SimpleNamespace(**{"x": 1}).missing,
                 lambda: hash(types.SimpleNamespace()),
                 lambda: types.SimpleNamespace([("a", 1)]),
                 lambda: types.ModuleType(3)):
        try:
            print(make())
        except (TypeError, AttributeError) as exc:
            print(type(exc).__name__ + ":", exc)

    class Settings(types.SimpleNamespace):
        pass

    print(Settings(debug=True), types.SimpleNamespace, types.SimpleNamespace.__module__)
    checks = [
        (worker, types.FunctionType), (len, types.BuiltinFunctionType), (sys, types.ModuleType),
        (asyncio.Event().set, types.MethodType), ((x for x in ()), types.GeneratorType),
        (None, types.NoneType), (..., types.EllipsisType), (int | str, types.UnionType),
    ]
    print([isinstance(obj, kind) for obj, kind in checks])
    coro = worker(cfg, [])
    print(isinstance(coro, types.CoroutineType), types.CoroutineType.__name__)
    coro.close()
    plugin = types.ModuleType("plugin", "A module made at run time.")
    plugin.version = 2
    print(plugin, plugin.__name__, plugin.__doc__, plugin.version)
    Base = types.new_class("Base", (dict,), {}, lambda ns: ns.update(kind=lambda self: "base"))
    print(Base, Base().kind(), [c.__name__ for c in Base.__mro__])
    print(types.resolve_bases((int, str)), types.prepare_class("X")[0].__name__)
    proxy = types.MappingProxyType({"k": 1})
    print(proxy["k"], len(proxy), "k" in proxy)
    try:
        proxy["k"] = 2
    except TypeError as exc:
        print("TypeError:", exc)


asyncio.run(main())
