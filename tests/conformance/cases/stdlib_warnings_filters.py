"""Filters and catch_warnings: a plugin host sorts warnings by message, category and line.

filterwarnings matches the message (a regex, case-insensitive, from its start), the category
and its subclasses, the module name and the line; simplefilter(append=True) goes last;
catch_warnings(record=True) collects WarningMessage objects and restores the filters after.
"""
import asyncio
import os
import warnings


class PluginWarning(UserWarning):
    pass


class SlowPluginWarning(PluginWarning):
    pass


def short(path):
    return path.replace(__file__, os.path.basename(__file__))


async def plugin(name, delay):
    await asyncio.sleep(delay)
    if delay > 0.2:
        warnings.warn(f"plugin {name} is slow ({delay}s)", SlowPluginWarning)
    warnings.warn(f"Plugin {name} has no version", PluginWarning)
    warnings.warn(f"note from {name}")
    return name


async def main():
    with warnings.catch_warnings(record=True) as log:
        warnings.simplefilter("always")
        warnings.filterwarnings("ignore", message="plugin b")
        warnings.filterwarnings("error", category=SlowPluginWarning, message="plugin c")
        warnings.filterwarnings("ignore", module="__main__", message="note from a")
        results = await asyncio.gather(
            plugin("a", 0.1), plugin("b", 0.3), plugin("c", 0.4), return_exceptions=True
        )
        print([r if isinstance(r, str) else repr(r) for r in results])
        for w in log:
            print(w.category.__name__, w.message, short(w.filename), w.lineno, type(w.message).__name__)
        print(short(str(log[0])))
        print(len(warnings.filters), [f[0] for f in warnings.filters][:4])
    print(len(warnings.filters), [f[0] for f in warnings.filters])

    with warnings.catch_warnings(action="ignore"):
        warnings.warn("never shown")
    with warnings.catch_warnings(record=True) as log:
        warnings.resetwarnings()
        warnings.simplefilter("ignore", PluginWarning, append=True)
        warnings.simplefilter("error", append=True)
        warnings.filterwarnings("always", lineno=57)
        print(warnings.filters[0][0], warnings.filters[-1][0], len(warnings.filters))
        warnings.warn("line 57 is allowed")
        try:
            warnings.warn("line 59 is an error")
        except UserWarning as e:
            print("raised", type(e).__name__, e)
        warnings.warn("plugins are ignored", SlowPluginWarning)
        print([str(w.message) for w in log])

    def mine(message, category, filename, lineno, file=None, line=None):
        print("mine:", category.__name__, message, lineno, line)

    old = warnings.showwarning
    warnings.showwarning = mine
    warnings.warn("to my own hook")
    warnings.showwarning = old
    print(warnings.formatwarning("text", PluginWarning, "x.py", 7, "  the line  "), end="")
    print(short(warnings.formatwarning("text", PluginWarning, __file__, 72)), end="")
    warnings.warn("back to stderr")
    for bad in [("bogus",), ("error", 5), ("error", "", int), ("error", "", 3), ("error", "", Warning, "", -1)]:
        try:
            warnings.filterwarnings(*bad)
        except (ValueError, TypeError, AssertionError) as e:
            print(type(e).__name__, e)


asyncio.run(main())
