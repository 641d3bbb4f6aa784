# __import__() as plugin loaders and one-liners call it: the top package, or with a fromlist the
# module itself; and the errors it gives for a bad name, level or a relative import in a script.
import asyncio

PLUGINS = ["json", "collections.abc", "math"]


async def load(name):
    await asyncio.sleep(0.01)
    top = __import__(name)
    mod = __import__(name, fromlist=["_"])
    return top.__name__, mod.__name__


async def main():
    for name, (top, mod) in zip(PLUGINS, await asyncio.gather(*map(load, PLUGINS))):
        print(f"{name}: top={top} module={mod}")
    print(__import__("math").sqrt(16), __import__("collections").OrderedDict.__name__)
    print(__import__, __import__.__name__, __import__ is __import__("builtins").__import__)
    cases = [((1,), {}), (("",), {}), (("json",), {"level": -1}), (("json",), {"level": 1}),
             (("json",), {"globals": globals(), "level": 1}), (("no_such_plugin",), {})]
    for args, kw in cases:
        try:
            __import__(*args, **kw)
        except Exception as e:
            print(type(e).__name__, e)


asyncio.run(main())
