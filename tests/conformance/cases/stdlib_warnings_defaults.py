"""A config loader warns about what it does not like, with CPython's default filters.

A UserWarning shows once per location (the module's __warningregistry__), even in a loop;
a DeprecationWarning shows only when triggered in __main__; PendingDeprecationWarning is
ignored; the "module" and "once" actions show a warning once per module or once at all.
"""
import asyncio
import warnings

print([(a, c.__name__, m) for a, _, c, m, _ in warnings.filters])


def check(key, value):
    if value is None:
        warnings.warn(f"{key} has no value, using the default")
    if key.startswith("old_"):
        warnings.warn(f"{key} is deprecated", DeprecationWarning)
    if key.endswith("_tmp"):
        warnings.warn("temporary keys will go away", PendingDeprecationWarning)


async def load(name, items, delay):
    await asyncio.sleep(delay)
    for key, value in items:
        check(key, value)
        print(name, "checked", key)
    warnings.warn(f"{name} loaded", RuntimeWarning)


async def main():
    items = [("port", None), ("old_host", 1), ("x_tmp", 2), ("port", None)]
    await asyncio.gather(load("a", items, 0.1), load("b", items, 0.2))
    for i in range(3):
        warnings.warn("same line, three times")
    warnings.warn("same text, other line")
    warnings.warn("same text, other line")

    warnings.simplefilter("module", UserWarning)
    for i in range(2):
        warnings.warn("per module")
    warnings.warn("per module")
    warnings.simplefilter("once", UserWarning)
    for i in range(2):
        warnings.warn("only once")
    warnings.warn("only once")
    warnings.warn(UserWarning("an instance"))
    reg = {k for k in __warningregistry__ if k != "version"}
    print(len(reg), sorted(k[0] for k in reg)[:3])


asyncio.run(main())
